// Text inside open shadow roots (web components) is underlined, explained, and kept up to date,
// and the component's own styles stay in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, type Harness, card } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

const underlined = (page: import('playwright-core').Page) =>
  page.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].map((r) => (r as Range).toString()).filter(Boolean));

describe('a page of web components', () => {
  it('underlines and explains terms inside an open shadow root, and follows its changes', async () => {
    const { page, errors } = await openFixture(h, 'shadow.html', 1);
    await expect.poll(() => underlined(page)).toEqual(expect.arrayContaining(['biopsy', 'TILs']));
    const p = await page.evaluate(() => {
      const r = [...CSS.highlights.get('health-glossary-term')!].find((x) => (x as Range).toString() === 'TILs') as Range;
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + 3, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(p.x, p.y);
    await expect.poll(async () => (await card(page)).locator('[role="tooltip"]').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('care-card')!.shadowRoot!.adoptedStyleSheets.length)).toBe(2);
    await page.mouse.move(1, 1);
    await page.click('#update');
    await expect.poll(() => underlined(page)).toEqual(['PD-L1']);
    expect(errors).toEqual([]);
  });
});
