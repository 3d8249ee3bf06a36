// A page that never stops changing: the extension keeps up with new content and the page stays
// responsive, because mutations are batched and only changed blocks are rescanned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, underlined, waitForUnderlines, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

describe('on a page with endless mutations and an infinite feed', () => {
  it('underlines stories as they are added while a ticker mutates thousands of times a second', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/growing.html`);
    await waitForUnderlines(page, 1);
    for (let round = 1; round <= 3; round += 1) {
      await page.click('#more');
      await expect.poll(async () => (await underlined(page)).filter((u) => u.text === 'PD-L1').length).toBe(20 * round);
    }
    const t0 = await page.evaluate(() => (window as unknown as { __ticks(): number }).__ticks());
    await expect.poll(() => page.evaluate(() => (window as unknown as { __ticks(): number }).__ticks())).toBeGreaterThan(t0 + 1000);
    const texts = (await underlined(page)).map((u) => u.text);
    expect(texts.filter((t) => t === 'biopsy')).toHaveLength(61);
  });
});
