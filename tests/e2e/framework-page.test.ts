// A page whose framework re-renders its text keeps working, and the underlines follow the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, underlined, waitForUnderlines, type Harness } from './harness';

let h: Harness;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  h = await launch();
  page = await h.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${h.baseUrl}/rerender.html`);
  await waitForUnderlines(page, 2);
});
afterAll(async () => h?.close());

const texts = async () => (await underlined(page)).map((u) => u.text);

describe('on a page that re-renders', () => {
  it('underlines new text as it appears and drops underlines of text that went away', async () => {
    await expect.poll(texts, { timeout: 10_000 }).toContain('cytokines');
    await expect.poll(async () => (await texts()).includes('cytokines'), { timeout: 10_000 }).toBe(false);
    expect(await texts()).toContain('Immune checkpoint inhibitors');
  });

  it('leaves the app working: its own state updates and nothing of ours is inside it', async () => {
    await page.click('#jump');
    await expect.poll(() => page.locator('#tick').innerText()).toMatch(/^Update 10\d\d:/);
    const appHtml = await page.locator('#app').innerHTML();
    expect(appHtml).not.toMatch(/health-glossary|hgh-/);
    expect(errors).toEqual([]);
  });
});
