// Acting on a term from its pinned popover: a note written there is kept and shows on the
// options page; related terms open in place; "I know this term" stops underlining it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pointOf, underlined, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
let page: Page;
const dialog = async () => (await card(page)).locator('[role="dialog"]');

beforeAll(async () => {
  h = await launch();
  page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/article.html`);
  await waitForUnderlines(page, 5);
});
afterAll(async () => h?.close());

/** Pins the card of `words` and waits for that card (the frame hears of a close a moment later). */
async function pin(words: string) {
  const { x, y } = await pointOf(page, words);
  await page.mouse.click(x, y);
  await (await dialog()).locator('h2', { hasText: words }).waitFor();
}

describe('the pinned popover', () => {
  it('takes a note that is saved and shown on the options page', async () => {
    await pin('biopsy');
    await (await dialog()).getByRole('button', { name: 'Add a note' }).click();
    await (await dialog()).getByLabel('My note').fill('Results take about a week.');
    await (await dialog()).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await dialog()).locator('.hgh-note').innerText()).toContain('Results take about a week.');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Search terms').fill('biopsy');
    await options.locator('button[data-term-id="biopsy"]').click();
    await expect.poll(() => options.getByLabel(/My note/).inputValue()).toBe('Results take about a week.');
    // The notes view says where the note was written: the page's title, linked, without query.
    const seenOn = options.locator('.notes-view li', { hasText: 'Results take about a week.' }).getByRole('link');
    await expect.poll(() => seenOn.allInnerTexts()).toEqual(['Understanding immunotherapy (demo page)']);
    expect(await seenOn.getAttribute('href')).toBe(`${h.baseUrl}/article.html`);
    await options.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
  });

  it('opens a related term in place', async () => {
    await pin('TILs');
    const related = (await dialog()).locator('[data-related-id]').first();
    if ((await related.count()) === 0) throw new Error('the TIL entry has no related terms to open');
    const name = await related.innerText();
    await related.click();
    await expect.poll(async () => (await dialog()).locator('h2').innerText()).toContain(name);
    await page.keyboard.press('Escape');
  });

  it('stops underlining a term marked as known, and underlines it again when asked', async () => {
    await pin('PD-L1');
    await (await dialog()).getByRole('button', { name: 'I know this term' }).click();
    await expect.poll(async () => (await underlined(page)).map((u) => u.text)).not.toContain('PD-L1');
    await expect.poll(async () => (await dialog()).getByRole('button', { name: 'Underline it again' }).count()).toBe(1);
    await (await dialog()).getByRole('button', { name: 'Underline it again' }).click();
    await expect.poll(async () => (await underlined(page)).map((u) => u.text)).toContain('PD-L1');
  });

  it('keeps a note being written through Escape and a stray click, until it is saved or cancelled', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await dialog()).count()).toBe(0);
    await pin('cytokine release syndrome');
    await (await dialog()).getByRole('button', { name: 'Add a note' }).click();
    await (await dialog()).getByLabel('My note').fill('Ask whether the fever is expected.');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await dialog()).count()).toBe(0);
    await pin('cytokine release syndrome');
    await expect.poll(async () => (await dialog()).getByLabel('My note').inputValue()).toBe('Ask whether the fever is expected.');
    await page.mouse.click(3, 3); // a stray click on the page closes the card...
    await expect.poll(async () => (await dialog()).count()).toBe(0);
    await pin('cytokine release syndrome'); // ...and the draft is still there
    await expect.poll(async () => (await dialog()).getByLabel('My note').inputValue()).toBe('Ask whether the fever is expected.');
    await (await dialog()).getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await pin('cytokine release syndrome');
    await expect.poll(async () => (await dialog()).getByRole('button', { name: 'Add a note' }).count()).toBe(1);
    await page.keyboard.press('Escape');
  });
});
