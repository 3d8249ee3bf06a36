// The right words, in the right sense: by default only what a reader needs explained is
// underlined, any term can still be explained on demand (double-click), and an abbreviation the
// page defines means that on the whole page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, launch, openFixture, pointOf, underlined, waitForUnderlines, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.route(
    '/rubella.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rubella in pregnancy</title></head><body><main>
    <p>When a woman catches rubella early in pregnancy, her baby may be born with congenital rubella syndrome (CRS).</p>
    <p>Babies with CRS can have problems with their eyes, ears and heart. A heart attack is not one of them.</p>
    <p>For questions, call the Cancer Information Service (CIS). The CIS answers in English and Spanish.</p>
    </main></body></html>`,
  );
  h.route(
    '/sections.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tests</title></head><body><main>
    <h2>Before the test</h2><p>A biopsy takes a little tissue.</p><p>The biopsy is quick.</p>
    <h2>After the test</h2><p>Results of the biopsy take a week.</p><p>Ask when the biopsy results come.</p>
    </main></body></html>`,
  );
  h.route('/unsure.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A letter</title></head><body><main><p>Please bring your notes about MS to the next visit.</p><p>The biopsy is on Monday.</p></main></body></html>');
});
afterAll(async () => h?.close());

const texts = async (page: Page) => (await underlined(page)).map((u) => u.text);

/** A setting as the options page stored it; null when it is at its default (stored as nothing). */
const storedSetting = (options: Page, key: string) =>
  options.evaluate(
    (k) =>
      new Promise<unknown>((ok) => {
        const open = indexedDB.open('health-glossary-helper');
        open.onsuccess = () => {
          const r = open.result.transaction('settings').objectStore('settings').get(k);
          r.onsuccess = () => (ok((r.result as { value?: unknown } | undefined)?.value ?? null), open.result.close());
        };
      }),
    key,
  );

async function setLevel(level: 'fewer' | 'default' | 'all') {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const stored = async () => (await storedSetting(options, 'underlineLevel')) ?? 'default';
  // The page first shows the defaults, then what is stored: choose only once it shows that.
  const before = await stored();
  await expect.poll(() => options.locator(`input[name="underlineLevel"][value="${String(before)}"]`).isChecked()).toBe(true);
  await options.locator(`input[name="underlineLevel"][value="${level}"]`).check();
  await expect.poll(stored).toBe(level);
  // Left open: closing it at once could cut off its word to the background that tabs must update.
}

describe('how many words are underlined', () => {
  it('by default fewer than every word the glossary knows, and the choice applies to an open tab at once', async () => {
    const { page } = await openFixture(h, 'article.html', 5);
    await expect.poll(async () => (await texts(page)).length).toBeGreaterThan(5);
    const byDefault = await texts(page);
    expect(byDefault).not.toContain('tumor'); // a word most readers know
    expect(byDefault).toContain('TILs');
    await setLevel('all');
    await expect.poll(async () => (await texts(page)).length).toBeGreaterThan(byDefault.length);
    expect(await texts(page)).toContain('tumor');
    await setLevel('fewer');
    await expect.poll(async () => (await texts(page)).length).toBeLessThan(byDefault.length);
    await setLevel('default');
    await expect.poll(async () => (await texts(page)).length).toBe(byDefault.length);
    await page.close();
  });

  it('explains a word that is not underlined when it is double-clicked', async () => {
    const { page } = await openFixture(h, 'article.html', 5);
    expect(await texts(page)).not.toContain('tumor');
    const { x, y } = await pointOf(page, 'tumor');
    await page.mouse.dblclick(x, y);
    const dialog = (await card(page)).locator('[role="dialog"]');
    await expect.poll(() => dialog.getAttribute('data-term-id')).toBe('tumor');
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('an abbreviation the page defines', () => {
  it('is explained in the page’s sense on the whole page, or by what the page says it stands for', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/rubella.html`);
    await waitForUnderlines(page, 2);
    await expect.poll(() => texts(page)).toEqual(expect.arrayContaining(['congenital rubella syndrome', 'CRS', 'CIS']));
    // "Babies with CRS": the page's congenital rubella syndrome, never the CAR T-cell reaction.
    const frame = await card(page);
    const tip = frame.locator('[role="tooltip"]');
    const crs = await page.evaluate(() => {
      const r = [...CSS.highlights.get('health-glossary-term')!].filter((x) => (x as Range).toString() === 'CRS').pop() as Range;
      const b = r.getClientRects()[0]!;
      return { x: b.left + 3, y: b.top + b.height / 2 };
    });
    await page.mouse.move(crs.x, crs.y);
    await expect.poll(() => tip.getAttribute('data-term-id')).toBe('congenital-rubella-syndrome');
    await page.mouse.move(1, 1);
    await expect.poll(() => tip.count()).toBe(0);
    // "The CIS answers": the glossary has no Cancer Information Service; the card says what the page says.
    const cis = await page.evaluate(() => {
      const r = [...CSS.highlights.get('health-glossary-term')!].filter((x) => (x as Range).toString() === 'CIS').pop() as Range;
      const b = r.getClientRects()[0]!;
      return { x: b.left + 3, y: b.top + b.height / 2 };
    });
    await page.mouse.move(cis.x, cis.y);
    await expect.poll(() => tip.innerText()).toContain('This page says CIS stands for “Cancer Information Service”');
    expect(await tip.innerText()).not.toMatch(/abnormal cells/i);
    await page.close();
  });
});

describe('an abbreviation that nothing on the page explains', () => {
  it('is not underlined, and a double-click lists what it may mean instead of guessing', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/unsure.html`);
    await waitForUnderlines(page, 1); // the page has been read
    const { x, y } = await pointOf(page, 'MS');
    await page.mouse.dblclick(x, y);
    const dialog = (await card(page)).locator('[role="dialog"]');
    await expect.poll(() => dialog.innerText()).toContain('can mean different things');
    expect(await texts(page)).not.toContain('MS');
    const meanings = dialog.locator('[data-related-id]');
    expect(await meanings.count()).toBeGreaterThanOrEqual(2);
    const id = await meanings.first().getAttribute('data-related-id');
    await meanings.first().click();
    await expect.poll(() => dialog.getAttribute('data-term-id')).toBe(id);
    await page.close();
  });
});

describe('how often a term is underlined', () => {
  it('once per page, or once under each heading', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/sections.html`);
    await expect.poll(async () => (await texts(page)).filter((t) => t === 'biopsy').length).toBe(4);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const stored = (key: string) => storedSetting(options, key);
    const once = options.locator('input[name="firstOccurrenceOnly"]');
    await expect.poll(() => once.isChecked()).toBe(false);
    await once.check();
    await expect.poll(() => stored('firstOccurrenceOnly')).toBe(true);
    await expect.poll(async () => (await texts(page)).filter((t) => t === 'biopsy').length).toBe(1);
    await options.locator('input[name="onceIn"][value="section"]').check();
    await expect.poll(() => stored('onceIn')).toBe('section');
    await expect.poll(async () => (await texts(page)).filter((t) => t === 'biopsy').length).toBe(2);
    await options.locator('input[name="onceIn"][value="page"]').check();
    await once.uncheck();
    await expect.poll(() => stored('firstOccurrenceOnly')).toBe(null);
    await expect.poll(async () => (await texts(page)).filter((t) => t === 'biopsy').length).toBe(4);
    await page.close();
  });
});
