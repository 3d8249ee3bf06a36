// A 1 MB page: every part of it is underlined in the end, and the page answers its reader while
// the extension works (the work runs in idle slices).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  const paragraph = (i: number) =>
    `<p>Part ${i}. The care team explained the biopsy, the role of T cells and cytokines, and what the PD-L1 test showed about the tumor this time.</p>`;
  const body = Array.from({ length: 7500 }, (_, i) => paragraph(i)).join('\n');
  h.route('/big.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1 MB page</title></head><body>
    <button id="count" onclick="this.textContent = String(Number(this.textContent) + 1)">0</button>${body}
    <p id="last">The very last paragraph mentions metastasis.</p></body></html>`);
});
afterAll(async () => h?.close());

describe('a 1 MB page', () => {
  it('is underlined to its last paragraph while the page stays responsive', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/big.html`);
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(1_000_000);
    await page.click('#count');
    await page.click('#count');
    expect(await page.locator('#count').innerText()).toBe('2');
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].some((r) => (r as Range).toString() === 'metastasis')), { timeout: 30_000 })
      .toBe(true);
    // Four terms a paragraph: biopsy, T cells, cytokines, PD-L1 ("tumor" is a word most readers
    // know, so it is not underlined by default).
    expect(await page.evaluate(() => CSS.highlights.get('health-glossary-term')!.size)).toBeGreaterThanOrEqual(7500 * 4);
  });
});
