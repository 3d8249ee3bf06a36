// Everything a user can make on the options page survives export, a wiped database and import,
// unchanged: a term in Cyrillic, an edit of a shipped entry, a note of the longest length, a
// known mark and a changed setting.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launch();
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('.count').waitFor();
});
afterAll(async () => h?.close());

/** Every table of the user's, with times zeroed and keys sorted (key order is not data). */
const userData = () =>
  options.evaluate(async () => {
    const open = indexedDB.open('health-glossary-helper');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result.map((x: Record<string, unknown>) => ({ ...x, ...('updatedAt' in x ? { updatedAt: 0 } : {}), ...('markedAt' in x ? { markedAt: 0 } : {}), ...('deletedAt' in x ? { deletedAt: 0 } : {}) })));
      });
    const out: Record<string, unknown[]> = {};
    for (const store of ['userEntries', 'edits', 'deletions', 'notes', 'known', 'settings']) out[store] = await all(store);
    db.close();
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
    return JSON.stringify(sorted(out));
  });

const saved = () => expect.poll(() => options.locator('.editor [role="status"]').innerText()).toBe('Saved.');
// Ends in a letter: a note is stored trimmed, and this one must come back exactly as long.
const NOTE = 'Спросить врача о результатах. '.repeat(400).slice(0, 9_999) + 'й';

describe('the round trip of everything the options page saves', () => {
  it('export, wipe, import: all of it is back, unchanged, and the Cyrillic term opens', async () => {
    await options.getByRole('button', { name: 'Add a term' }).click();
    await options.getByLabel('Term', { exact: true }).fill('биопсия');
    await options.getByLabel('Plain-language definition').fill('Взятие кусочка ткани для анализа.');
    await options.getByLabel(/My note/).fill(NOTE);
    await options.getByRole('button', { name: 'Save' }).click();
    await saved();

    await options.getByLabel('Search terms').fill('biopsy');
    await options.locator('button[data-term-id="biopsy"]').click();
    await options.getByLabel('Plain-language definition').fill('Taking a small sample of tissue to study, in my words.');
    await options.getByLabel('I know this term: do not underline it on pages').check();
    await options.getByRole('button', { name: 'Save' }).click();
    // "Saved." may still stand from the first save: wait for this save in the database itself.
    await expect.poll(userData).toMatch(/"edits":\[\{/);
    await saved();
    await options.locator('select[name="underlineStyle"]').selectOption('wavy');
    await expect.poll(userData).toMatch(/"settings":\[\{"key":"underlineStyle","value":"wavy"\}\]/);

    const before = await userData();
    const parsed = JSON.parse(before) as Record<string, { id?: string; text?: string }[]>;
    expect(parsed.userEntries![0]!.id).toMatch(/^u-[a-z0-9]+$/);
    expect(parsed.notes!.map((n) => n.text!.length)).toEqual([10_000]);
    expect(parsed.known).toHaveLength(1);
    expect(parsed.edits).toHaveLength(1);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my glossary (JSON)' }).click()]);
    const file = await download.path();
    await expect.poll(() => options.locator('.backup [role="status"]').innerText()).toBe('Exported.');
    expect(JSON.parse(readFileSync(file, 'utf8')).entries[0].term).toBe('биопсия');

    await options.evaluate(() => new Promise<void>((ok) => {
      const r = indexedDB.deleteDatabase('health-glossary-helper');
      r.onsuccess = () => ok();
      r.onblocked = () => ok();
    }));
    await options.reload();
    await options.locator('.count').waitFor();
    expect(await userData()).toBe(JSON.stringify({ deletions: [], edits: [], known: [], notes: [], settings: [], userEntries: [] }));

    await options.locator('input[name="import"]').setInputFiles(file);
    await expect.poll(() => options.locator('.preview').innerText()).toMatch(/1 new term[\s\S]*1 edited definition[\s\S]*1 new note[\s\S]*1 term marked as known[\s\S]*1 setting/);
    await options.locator('.preview').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => options.locator('.backup [role="status"]').innerText()).toBe('Imported.');
    expect(await userData()).toBe(before);

    // And on screen: the term opens with its note, and the setting shows.
    await options.getByLabel('Search terms').fill('биопсия');
    await options.locator(`button[data-term-id="${parsed.userEntries![0]!.id}"]`).click();
    await expect.poll(() => options.locator('.editor h2').innerText()).toBe('Edit “биопсия”');
    expect(await options.getByLabel(/My note/).inputValue()).toBe(NOTE);
    expect(await options.locator('select[name="underlineStyle"]').inputValue()).toBe('wavy');

    // Importing the same file again would change nothing: it says so and offers no Import.
    await options.locator('input[name="import"]').setInputFiles(file);
    await expect.poll(() => options.locator('.backup [role="status"]').innerText()).toMatch(/^Nothing to import: everything in “.+” is already here\.$/);
    expect(await options.locator('.preview').count()).toBe(0);
  });
});
