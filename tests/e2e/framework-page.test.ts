// A page whose framework keeps re-rendering keeps working, and the underlines follow its text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openFixture, underlined, type Harness } from './harness';

let h: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  h = await launch();
  ({ page, errors } = await openFixture(h, 'rerender.html', 2));
});
afterAll(async () => h?.close());

const texts = async () => (await underlined(page)).map((u) => u.text);

describe('on a page that re-renders', () => {
  it('underlines text the app adds and drops underlines of text it removes', async () => {
    expect(await texts()).toContain('Immune checkpoint inhibitors');
    await page.click('#toggle');
    await expect.poll(texts).toContain('cytokines');
    await page.click('#toggle');
    await expect.poll(async () => (await texts()).includes('cytokines')).toBe(false);
    expect(await texts()).toContain('Immune checkpoint inhibitors');
  });

  it('leaves the app working: it keeps rendering, its buttons work, nothing of ours is inside it', async () => {
    const tick = Number(await page.locator('article').getAttribute('data-tick'));
    await expect.poll(async () => Number(await page.locator('article').getAttribute('data-tick'))).toBeGreaterThan(tick + 3);
    await page.click('#toggle');
    await expect.poll(() => page.locator('#report').innerText()).toContain('mentions cytokines');
    expect(await page.locator('#app').innerHTML()).not.toMatch(/health-glossary|hgh-/);
    expect(errors).toEqual([]);
  });
});
