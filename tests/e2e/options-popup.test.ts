// A reader curating their glossary: an edit and a note made on the options page show in the
// popover of a tab that was already open, and the toolbar popup finds terms as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeTabId, launch, pointOf, underlined, waitForUnderlines, type Harness, card } from './harness';
import { loadShippedEntries } from '../../scripts/lib/load-glossary';

const cytokine = loadShippedEntries().find((e) => e.id === 'cytokine');
if (!cytokine) throw new Error('The shipped glossary has no "cytokine"');

let h: Harness;
let article: Page;

beforeAll(async () => {
  h = await launch();
  article = await h.context.newPage();
  await article.goto(`${h.baseUrl}/article.html`);
  await waitForUnderlines(article, 5);
});
afterAll(async () => h?.close());

async function hoverText(page: Page, words: string): Promise<string> {
  await page.mouse.move(1, 1);
  await expect.poll(async () => (await card(page)).locator('[role="tooltip"]').count()).toBe(0);
  const { x, y } = await pointOf(page, words);
  await page.mouse.move(x, y);
  const tooltip = (await card(page)).locator('[role="tooltip"]');
  await expect.poll(() => tooltip.count()).toBe(1);
  return tooltip.innerText();
}

describe('options page and popup', () => {
  it('an edited definition and a note show in an already open tab’s popover', async () => {
    expect(await hoverText(article, 'cytokines')).toContain(cytokine.definition);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Search terms').fill('cytokine');
    await options.locator('button[data-term-id="cytokine"]').click();
    await options.getByLabel('Plain-language definition').fill('Tiny messenger proteins, in my own words.');
    await options.getByLabel(/My note/).fill('Ask Dr. Lee about my cytokine levels.');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('.editor [role="status"]').innerText()).toBe('Saved.');
    await options.close();

    await article.bringToFront();
    await expect.poll(() => hoverText(article, 'cytokines')).toContain('Tiny messenger proteins, in my own words.');
    const text = await hoverText(article, 'cytokines');
    expect(text).toContain('Ask Dr. Lee about my cytokine levels.');
    expect(text).toMatch(/edited by you/);
  });

  it('a term added on the options page is underlined in open tabs', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Add a term' }).click();
    await options.getByLabel('Term', { exact: true }).fill('care team');
    await options.getByLabel('Plain-language definition').fill('The doctors and nurses who look after me.');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('.editor [role="status"]').innerText()).toBe('Saved.');
    await options.close();
    await article.bringToFront();
    await expect
      .poll(() => article.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].map((r) => (r as Range).toString())))
      .toContain('care team');
  });

  it('the popup finds a term from an inflected form and a brand-free abbreviation', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('lookup');
    await popup.keyboard.type('cytokines');
    await expect.poll(() => popup.locator('.result').innerText()).toContain('Tiny messenger proteins, in my own words.');
    await popup.getByLabel('Look up a word').fill('CRS');
    await expect.poll(() => popup.locator('.result').innerText()).toMatch(/cytokine release syndrome/i);
    await popup.close();
  });

  it('a brand name finds its generic in the popup and on a page, with its drug class', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByLabel('Look up a word').fill('Keytruda');
    await expect.poll(() => popup.locator('.result').first().innerText()).toMatch(/A brand name for pembrolizumab[\s\S]*PD-1 inhibitor/);
    // A misspelt generic still finds it.
    await popup.getByLabel('Look up a word').fill('pembrolizimab');
    await expect.poll(() => popup.locator('.result h2').first().innerText()).toMatch(/pembrolizumab/);
    await popup.close();

    h.route('/brand.html', '<!doctype html><html lang="en"><head><title>My treatment</title></head><body><main><p>My oncologist started me on Keytruda last spring.</p></main></body></html>');
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/brand.html`);
    await waitForUnderlines(page, 1);
    const { x, y } = await pointOf(page, 'Keytruda');
    await page.mouse.move(x, y);
    const tip = (await card(page)).locator('[role="tooltip"]');
    await expect.poll(() => tip.allInnerTexts()).toEqual([expect.stringMatching(/A brand name for pembrolizumab[\s\S]*PD-1 inhibitor/)]);
    await page.close();
  });

  it('the popup turns the extension off for the site, and on again, in the open tab without a reload', async () => {
    await article.bringToFront();
    const tabId = await activeTabId(h);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const site = popup.getByLabel('Underline terms on 127.0.0.1');
    await expect.poll(() => site.isChecked()).toBe(true);
    const size = () => article.evaluate(() => CSS.highlights.get('health-glossary-term')?.size ?? 0);
    const reloads: string[] = [];
    article.on('load', () => reloads.push('load'));
    await site.uncheck();
    await expect.poll(size).toBe(0);
    await site.check();
    await expect.poll(size).toBeGreaterThan(3);
    expect(reloads).toEqual([]);
    await popup.close();
  });

  it('"first occurrence only" on the options page thins the underlines of an open tab', async () => {
    const count = async () => (await underlined(article)).filter((u) => /^t[- ]cells?$/i.test(u.text)).length;
    await expect.poll(count).toBe(2);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Underline only the first time a term appears on a page').check();
    await article.bringToFront();
    await expect.poll(count).toBe(1);
    await options.getByLabel('Underline only the first time a term appears on a page').uncheck();
    await expect.poll(count).toBe(2);
    await options.close();
  });

  it('the popup lists the terms on the page; choosing one opens it there', async () => {
    await article.bringToFront();
    const tabId = await activeTabId(h);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    const list = popup.getByRole('list', { name: 'Terms on this page' });
    await expect.poll(() => list.locator('button').count()).toBeGreaterThan(4);
    expect(await list.locator('button[data-term-id="t-cell"]').innerText()).toMatch(/×2/);
    await list.locator('button[data-term-id="pd-l1"]').click();
    await expect.poll(async () => (await card(article)).locator('[role="dialog"]').getAttribute('data-term-id')).toBe('pd-l1');
    await article.keyboard.press('Escape');
    // The list follows the page while the popup stays open: new text, new counts.
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A second T cell paragraph, added later, mentions metastasis.';
      document.querySelector('main, article, body')!.append(p);
    });
    await expect.poll(() => list.locator('button[data-term-id="t-cell"]').innerText()).toMatch(/×3/);
    await expect.poll(() => list.locator('button[data-term-id="metastasis"]').count()).toBe(1);
    await popup.close();
  });

  it('the popup answers any word: misspellings, general English words (offline), nonsense', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const box = popup.getByLabel('Look up a word');
    await box.fill('cytokyne');
    await expect.poll(() => popup.locator('.result h2').innerText()).toMatch(/^cytokine/);
    await box.fill('ladder');
    await expect.poll(() => popup.locator('.general').innerText()).toMatch(/general English dictionary \(WordNet\)[\s\S]*noun/);
    await box.fill('zzqxvw');
    await expect.poll(() => popup.locator('.general').innerText()).toMatch(/was not found in the glossary or the dictionary/);
    await box.fill('ladders');
    const [options] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: /Add “ladder” to my glossary/ }).click()]);
    await expect.poll(() => options.getByLabel('Term', { exact: true }).inputValue()).toBe('ladder');
    await options.close();
    await popup.close();
  });

  it('the popup opens with the word selected on the page already looked up', async () => {
    await article.bringToFront();
    await article.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('PD-L1');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 5);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return;
      }
    });
    const tabId = await activeTabId(h);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByLabel('Look up a word').inputValue()).toBe('PD-L1');
    await expect.poll(() => popup.locator('.result h2').innerText()).toMatch(/^PD-L1/);
    await popup.close();
  });
});
