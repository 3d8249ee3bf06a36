// Two options tabs editing the same entry, and a note written on a page at the same moment as one
// on the options page: the last save wins everywhere, every open view follows it without a reload,
// nothing is duplicated, and typing in progress is never overwritten behind the user's back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pointOf, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
let article: Page;
let a: Page;
let b: Page;

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.getByLabel('Search terms').fill('biopsy');
  await page.locator('button[data-term-id="biopsy"]').click();
  await page.getByLabel('Plain-language definition').waitFor();
  return page;
}
const definition = (page: Page) => page.getByLabel('Plain-language definition').inputValue();

/** Hovers a term afresh and reads its tooltip (a tab just brought to the front may miss a hover). */
async function hoverText(words: string): Promise<string> {
  const tip = (await card(article)).locator('[role="tooltip"]');
  await article.mouse.move(1, 1);
  await expect.poll(() => tip.count()).toBe(0);
  const { x, y } = await pointOf(article, words);
  await article.mouse.move(x, y);
  await expect.poll(() => tip.count(), { timeout: 2000 }).toBe(1);
  return tip.innerText();
}
const count = (page: Page) => page.locator('.count').innerText();

beforeAll(async () => {
  h = await launch();
  article = await h.context.newPage();
  await article.goto(`${h.baseUrl}/article.html`);
  await waitForUnderlines(article, 3);
  a = await openOptions();
  b = await openOptions();
});
afterAll(async () => h?.close());

describe('two tabs editing the same entry', () => {
  it('the last save wins in both tabs and on the page, with nothing duplicated', async () => {
    await a.getByLabel('Search terms').fill('');
    const total = await count(a);
    await a.getByLabel('Search terms').fill('biopsy');
    await a.getByLabel('Plain-language definition').fill('Version from tab A, in my words.');
    await a.getByRole('button', { name: 'Save' }).click();
    // Tab B had not typed anything: it follows tab A's save at once.
    await expect.poll(() => definition(b)).toBe('Version from tab A, in my words.');
    await b.getByLabel('Plain-language definition').fill('Version from tab B, in my words.');
    await b.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => definition(a)).toBe('Version from tab B, in my words.');
    await a.getByLabel('Search terms').fill('');
    await expect.poll(() => count(a)).toBe(total);

    await article.bringToFront();
    await expect.poll(() => hoverText('biopsy').catch(() => '')).toContain('Version from tab B, in my words.');
    await article.mouse.move(1, 1);
  });

  it('unsaved typing in one tab survives a save in the other, which it is told about', async () => {
    await a.getByLabel('Search terms').fill('biopsy');
    await a.locator('button[data-term-id="biopsy"]').click();
    await a.getByLabel('Plain-language definition').fill('Tab A is still typing this.');
    await b.getByLabel('Plain-language definition').fill('Tab B saved this meanwhile.');
    await b.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => a.locator('.editor [role="alert"]').allInnerTexts()).toEqual([expect.stringMatching(/changed somewhere else/)]);
    expect(await definition(a)).toBe('Tab A is still typing this.');
    await a.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => definition(b)).toBe('Tab A is still typing this.');
  });

  it('a note saved on the page and one saved on the options page at once: one wins, everywhere, without error', async () => {
    await article.bringToFront();
    const dialog = (await card(article)).locator('[role="dialog"]');
    await expect
      .poll(async () => {
        const { x, y } = await pointOf(article, 'biopsy');
        await article.mouse.click(x, y);
        return dialog.count();
      })
      .toBe(1);
    await dialog.getByRole('button', { name: 'Add a note', exact: true }).click();
    await dialog.getByLabel('My note').fill('Note from the page.');
    await b.getByLabel(/My note/).fill('Note from the options page.');
    await Promise.all([dialog.getByRole('button', { name: 'Save note', exact: true }).click(), b.getByRole('button', { name: 'Save', exact: true }).click()]);
    await expect.poll(() => dialog.locator('.hgh-error').count()).toBe(0);
    // Whichever write came last, the store and both options tabs settle on the same note.
    const storedNote = () =>
      b.evaluate(
        () =>
          new Promise<string>((ok) => {
            const open = indexedDB.open('health-glossary-helper');
            open.onsuccess = () => {
              const r = open.result.transaction('notes').objectStore('notes').get('biopsy');
              r.onsuccess = () => (ok((r.result as { text: string } | undefined)?.text ?? ''), open.result.close());
            };
          }),
      );
    const views = async () => [await storedNote(), await a.getByLabel(/My note/).inputValue(), await b.getByLabel(/My note/).inputValue()];
    await expect.poll(async () => new Set(await views()).size).toBe(1);
    const [stored] = await views();
    expect(['Note from the page.', 'Note from the options page.']).toContain(stored);
    await article.keyboard.press('Escape');
    await expect.poll(() => hoverText('biopsy').catch(() => '')).toContain(stored!);
  });
});
