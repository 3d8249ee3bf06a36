// A reader on a health page: terms are underlined, hovering explains them, clicking pins the
// explanation, and the page itself is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openFixture, pointOf, underlined, type Harness, card } from './harness';
import { loadShippedEntries } from '../../scripts/lib/load-glossary';

const shipped = new Map(loadShippedEntries().map((e) => [e.id, e]));
const definitionOf = (id: string) => {
  const e = shipped.get(id);
  if (!e) throw new Error(`The shipped glossary has no "${id}"`);
  return e.definition;
};

let h: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  h = await launch();
  ({ page, errors } = await openFixture(h, 'article.html', 5));
});
afterAll(async () => h?.close());

describe('on a health article', () => {
  it('underlines glossary terms in the prose, in their inflected, abbreviated and hyphenated forms', async () => {
    const texts = async () => (await underlined(page)).map((u) => u.text);
    const expected = ['biopsy', 'TILs', 'PD-L1', 'Immune checkpoint inhibitors', 'T cells', 'cytokines', 'CRS'];
    await expect.poll(texts).toEqual(expect.arrayContaining(expected));
    expect((await texts()).some((t) => /^CAR T-cell therapy$/i.test(t))).toBe(true);
  });

  it('underlines nothing in navigation, footers, form fields or code', async () => {
    const texts = (await underlined(page)).map((u) => u.text);
    expect(texts.filter((t) => t === 'Biopsy')).toEqual([]);
    const biopsies = texts.filter((t) => /^biopsy$/i.test(t));
    expect(biopsies).toHaveLength(1);
  });

  it('leaves the page’s DOM and text exactly as the page made them', async () => {
    const same = await page.evaluate(() => document.body.innerHTML === (window as unknown as { __initialHtml: string }).__initialHtml);
    expect(same).toBe(true);
    expect(errors).toEqual([]);
  });

  it('explains a term on hover, with its plain definition, in a tooltip', async () => {
    const { x, y } = await pointOf(page, 'TILs');
    await page.mouse.move(x, y);
    const tooltip = (await card(page)).locator('[role="tooltip"]');
    await expect.poll(() => tooltip.count()).toBe(1);
    const text = await tooltip.innerText();
    expect(text).toContain(definitionOf('tumor-infiltrating-lymphocyte'));
    expect(text).toMatch(/Short for tumor-infiltrating lymphocyte/i);
    expect(text).toMatch(/Learn more/);
  });

  it('closes when the pointer leaves, and pins as a dialog on click; Escape closes it', async () => {
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await card(page)).locator('[role="tooltip"]').count()).toBe(0);
    const { x, y } = await pointOf(page, 'PD-L1');
    await page.mouse.click(x, y);
    const dialog = (await card(page)).locator('[role="dialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain(definitionOf('pd-l1'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('health-glossary-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('keeps the popover fully inside the viewport', async () => {
    const { x, y } = await pointOf(page, 'cytokine release syndrome');
    await page.mouse.move(x, y);
    const box = await (await card(page)).locator('[role="tooltip"]').boundingBox();
    const vp = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(vp.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(vp.height);
  });

  it('moves from term to term with Alt+Shift+N and P, each opening as a focused dialog', async () => {
    await page.mouse.move(1, 1);
    const dialog = (await card(page)).locator('[role="dialog"]');
    const terms = (await underlined(page)).map((u) => u.text);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => dialog.getAttribute('data-term-id')).not.toBeNull();
    const first = await dialog.locator('h2').innerText();
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => dialog.locator('h2').innerText()).not.toBe(first);
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => dialog.locator('h2').innerText()).toBe(first);
    expect(terms.length).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('a pinned popover follows its term when the page scrolls', async () => {
    const { page: fresh } = await openFixture(h, 'article.html', 5);
    const { x, y } = await pointOf(fresh, 'cytokine release syndrome');
    await fresh.mouse.click(x, y);
    const dialog = (await card(fresh)).locator('[role="dialog"]');
    await dialog.waitFor();
    const before = (await dialog.boundingBox())!.y;
    const scrolled = await fresh.evaluate(() => {
      const y = window.scrollY;
      window.scrollTo(0, y > 20 ? y - 20 : y + 20);
      return y - window.scrollY;
    });
    expect(Math.abs(scrolled)).toBe(20);
    await expect.poll(async () => Math.round((await dialog.boundingBox({ timeout: 1000 }))!.y - before)).toBe(scrolled);
    await fresh.close();
  });

  it('stays open while the pointer travels into the popover, and closes when the page scrolls', async () => {
    const { page: fresh } = await openFixture(h, 'article.html', 5);
    const { x, y } = await pointOf(fresh, 'TILs');
    await fresh.mouse.move(x, y);
    const tooltip = (await card(fresh)).locator('[role="tooltip"]');
    await tooltip.waitFor();
    const box = (await tooltip.boundingBox())!;
    await fresh.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await fresh.waitForTimeout(600); // Longer than the close grace: it must still be open.
    expect(await tooltip.count()).toBe(1);
    await fresh.evaluate(() => window.scrollTo(0, window.scrollY > 0 ? 0 : 50));
    await expect.poll(() => tooltip.count()).toBe(0);
    await fresh.close();
  });

  it('Escape on a pinned popover returns focus to where it was', async () => {
    const { page: fresh } = await openFixture(h, 'article.html', 5);
    await fresh.focus('a[href]');
    await fresh.keyboard.press('Alt+Shift+KeyN');
    await (await card(fresh)).locator('[role="dialog"]').waitFor();
    await expect.poll(() => fresh.evaluate(() => document.activeElement?.tagName)).toBe('HEALTH-GLOSSARY-POPOVER');
    await fresh.keyboard.press('Escape');
    await expect.poll(() => fresh.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await fresh.close();
  });

  it('a term inside a link still lets the link work', async () => {
    const { page: fresh } = await openFixture(h, 'article.html', 5);
    const { x, y } = await pointOf(fresh, 'cytokines');
    await fresh.mouse.click(x, y);
    await expect.poll(() => fresh.evaluate(() => location.hash)).toBe('#cytokines');
    expect(await (await card(fresh)).locator('[role="dialog"]').count()).toBe(0);
    await fresh.close();
  });
});
