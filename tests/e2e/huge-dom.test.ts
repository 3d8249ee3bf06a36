// A page with 100,000 elements: deep nesting, a big table, long lists and thousands of tiny text
// nodes. Terms are underlined down to the last element, the page keeps answering while the
// extension reads it, its text is exactly what it was, and the last term still explains itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launch, pointOf, type Harness, card } from './harness';

let h: Harness;

// Built by hand so the element count is known: 100,000 exactly, counted again in the page.
function hugePage(): string {
  const parts: string[] = [];
  let elements = 5; // html, head, title, body, button
  const add = (html: string, count: number) => (parts.push(html), (elements += count));
  // 2,000 nested divs, 20 deep, each level holding a span (40 elements per block of 20 levels).
  for (let block = 0; block < 100; block += 1) {
    add(`${'<div><span>level</span> '.repeat(20)}biopsy${'</div>'.repeat(20)}`, 40);
  }
  // A table: 5,000 rows of 4 cells, one with a <b> (30,000 elements, plus table and tbody). CRS has
  // several meanings: it is explained only beside words of its sense ("CAR T").
  const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>${i}</td><td>T cells</td><td><b>CRS</b> after CAR T</td><td>ok</td></tr>`);
  add(`<table>${rows.join('')}</table>`, 2 + 5000 * 6);
  // Lists of tiny text nodes, one word per element, up to the count.
  const words = ['the', 'care', 'team', 'checked', 'PD-L1', 'and', 'cytokines', 'today'];
  let left = 100_000 - elements - 2; // the final paragraph and its strong
  while (left > 0) {
    const items = Math.min(left - 1, 999);
    if (items <= 0) break;
    add(`<ul>${Array.from({ length: items }, (_, i) => `<li>${words[i % words.length]}</li>`).join('')}</ul>`, items + 1);
    left = 100_000 - elements - 2;
  }
  while (elements < 99_998) add('<i></i>', 1);
  add('<p id="last">At the very end: <strong>cytokine release syndrome</strong>.</p>', 2);
  return `<!doctype html><html lang="en"><head><title>100,000 elements</title></head><body><button id="count" onclick="this.textContent = String(Number(this.textContent) + 1)">0</button>${parts.join('')}
    <script>window.__before = document.body.textContent;</script></body></html>`;
}

beforeAll(async () => {
  h = await launch();
  h.route('/huge.html', hugePage());
});
afterAll(async () => h?.close());

describe('a page with 100,000 elements', () => {
  it('is underlined to its last element while the page answers clicks, and its text is untouched', async () => {
    const page = await h.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${h.baseUrl}/huge.html`);
    // The inline script counts too: 100,000 elements plus that one script element.
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBe(100_001);
    // The page answers while the extension works: every click is handled.
    for (let i = 0; i < 5; i += 1) await page.click('#count');
    expect(await page.locator('#count').innerText()).toBe('5');
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].some((r) => (r as Range).toString() === 'cytokine release syndrome')), { timeout: 90_000 })
      .toBe(true);
    const counts = await page.evaluate(() => {
      const c: Record<string, number> = {};
      for (const r of CSS.highlights.get('health-glossary-term') ?? []) c[(r as Range).toString()] = (c[(r as Range).toString()] ?? 0) + 1;
      return c;
    });
    expect(counts['biopsy']).toBe(100);
    expect(counts['CRS']).toBe(5000);
    expect(counts['T cells']).toBe(5000);
    // The button's count is the only change, and it is the page's own.
    expect(await page.evaluate(() => document.body.textContent === (window as unknown as { __before: string }).__before.replace(/^0/, '5'))).toBe(true);

    const { x, y } = await pointOf(page, 'cytokine release syndrome');
    await page.mouse.move(x, y);
    await expect.poll(async () => (await card(page)).locator('[role="tooltip"] h2').allInnerTexts()).toEqual([expect.stringMatching(/cytokine release syndrome/i)]);
    expect(errors).toEqual([]);
  }, 150_000);
});
