// A first-time user on the options page, in the real extension: the page says what can be done,
// a search says why each entry matched, an entry shows its term and other spellings as text, and
// "Saved." stays with the entry it was about.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launch();
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
});
afterAll(async () => h?.close());

describe('the options page for a first-time user', () => {
  it('says what can be done, explains a match, shows the term as text, and keeps “Saved.” with its entry', async () => {
    await expect.poll(() => options.locator('.panes .intro').innerText()).toMatch(/What you can do here[\s\S]*Search[\s\S]*Back up/);

    await options.getByLabel('Search terms').fill('keytruda');
    const row = options.locator('button[data-term-id="pembrolizumab"]');
    await expect.poll(() => row.locator('.snippet mark').innerText()).toBe('Keytruda');
    await row.click();
    await expect.poll(() => options.locator('.editor h2').innerText()).toBe('Edit “pembrolizumab”');
    expect(await options.locator('.panes .intro').count()).toBe(0);
    expect(await options.locator('.editor input[name="term"]').count()).toBe(0);
    expect(await options.locator('.editor .aliases').innerText()).toMatch(/Keytruda\s*brand name/);

    await options.getByLabel(/My note/).fill('Ask how often the infusions are.');
    await options.getByRole('button', { name: 'Save' }).click();
    const status = options.locator('.editor [role="status"]');
    await expect.poll(() => status.innerText()).toBe('Saved.');
    await options.getByLabel(/My note/).fill('Ask how often the infusions are, and for how long.');
    await expect.poll(() => status.innerText()).toBe('');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => status.innerText()).toBe('Saved.');

    await options.getByLabel('Search terms').fill('infusions');
    await expect.poll(() => row.locator('.snippet').innerText()).toMatch(/^your note: Ask how often the infusions/);
    await options.getByLabel('Search terms').fill('biopsy');
    await options.locator('button[data-term-id="biopsy"]').click();
    await expect.poll(() => options.locator('.editor h2').innerText()).toBe('Edit “biopsy”');
    expect(await status.innerText()).toBe('');
  });
});
