// Terms inside frames are underlined and explained in the frame where they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { launch, openFixture, type Harness, card } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

const underlinedIn = (frame: Frame) =>
  frame.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].map((r) => (r as Range).toString()));

describe('a page with frames', () => {
  it('underlines terms in a same-origin frame and in a srcdoc frame', async () => {
    const { page } = await openFixture(h, 'frames.html', 1);
    const same = page.frames().find((f) => f.url().endsWith('/frame-article.html'))!;
    await expect.poll(() => underlinedIn(same)).toEqual(['immune checkpoint inhibitors', 'TILs']);
    const inline = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect.poll(() => underlinedIn(inline)).toEqual(['cytokines']);
    expect(await underlinedIn(page.mainFrame())).toEqual(['biopsy']);
  });

  it('explains a term inside a frame on hover', async () => {
    const { page } = await openFixture(h, 'frames.html', 1);
    const frameEl = page.locator('#same');
    const box = (await frameEl.boundingBox())!;
    const same = page.frames().find((f) => f.url().endsWith('/frame-article.html'))!;
    await expect.poll(() => underlinedIn(same)).toContain('TILs');
    const p = await same.evaluate(() => {
      const r = [...CSS.highlights.get('health-glossary-term')!].find((x) => (x as Range).toString() === 'TILs') as Range;
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + 3, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await expect.poll(async () => (await card(page, same)).locator('[role="tooltip"]').count()).toBe(1);
  });
});
