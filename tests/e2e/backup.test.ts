// The personal glossary survives export, a wiped database and import; a bad file changes nothing;
// an import can be undone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let h: Harness;
let options: Page;
const HOSTILE = join(import.meta.dirname, '../fixtures/backups/hostile.json');

beforeAll(async () => {
  h = await launch();
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('.count').waitFor();
});
afterAll(async () => h?.close());

async function editBiopsy(definition: string, note: string) {
  await options.getByLabel('Search terms').fill('biopsy');
  await options.locator('button[data-term-id="biopsy"]').click();
  await options.getByLabel('Plain-language definition').fill(definition);
  await options.getByLabel(/My note/).fill(note);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => options.locator('.editor [role="status"]').innerText()).toBe('Saved.');
}

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
        r.onsuccess = () => ok(r.result.map((x: Record<string, unknown>) => ({ ...x, updatedAt: 0, markedAt: 0 })));
      });
    const out = { edits: await all('edits'), notes: await all('notes'), userEntries: await all('userEntries') };
    db.close();
    // Key order is not data: compare records with their keys sorted.
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
    return JSON.stringify(sorted(out));
  });

describe('back up and restore', () => {
  it('export, wipe, import: everything comes back', async () => {
    await editBiopsy('Taking a small sample of tissue to study, in my words.', 'Ask how long results take.');
    const before = await userData();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my glossary (JSON)' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { notes: unknown[]; edits: unknown[] };
    expect(exported.notes).toHaveLength(1);
    expect(exported.edits).toHaveLength(1);

    await options.evaluate(() => new Promise<void>((ok) => {
      const r = indexedDB.deleteDatabase('health-glossary-helper');
      r.onsuccess = () => ok();
      r.onblocked = () => ok();
    }));
    await options.reload();
    await options.locator('.count').waitFor();
    expect(await userData()).toBe(JSON.stringify({ edits: [], notes: [], userEntries: [] }));

    await options.locator('input[name="import"]').setInputFiles(file);
    await expect.poll(() => options.locator('.preview').innerText()).toMatch(/1 edited definition[\s\S]*1 new note/);
    await options.locator('.preview').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => options.locator('.backup [role="status"]').innerText()).toBe('Imported.');
    expect(await userData()).toBe(before);
  });

  it('a hostile file is refused with each problem listed, and nothing changes', async () => {
    const before = await userData();
    const dialogs: string[] = [];
    options.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await options.locator('input[name="import"]').setInputFiles(HOSTILE);
    const alert = options.locator('.backup [role="alert"]');
    await expect.poll(() => alert.innerText()).toMatch(/problems in the file/);
    const text = await alert.innerText();
    for (const message of [
      'Entry 1 (“<img src=x onerror=alert(1)>”): the source’s publisher “Evil Corp” is not one of NCI, MedlinePlus, NHS, CDC, FDA, NIH.',
      'Entry 2 (“evil link”): the entry has a field this extension does not know (“url”).',
      'Note 1 (on “biopsy”): its text must be text.',
      'Known mark 1: “../../etc/passwd” is not a term id.',
      'Setting “enabled”: “always” is not a value this setting can have.',
    ]) expect(text).toContain(message);
    expect(await options.locator('.backup .preview').count()).toBe(0);
    expect(await options.locator('.backup [role="status"]').innerText()).toMatch(/was not imported: nothing was changed/);
    expect(await options.locator('.backup img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await userData()).toBe(before);
  });

  it('a large file shows its progress, then its terms are there; a delete can be undone', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      id: `family-word-${i}`,
      term: `family word ${i}`,
      definition: `Word number ${i} that our family uses with the care team.`,
      category: 'general-medical',
      source: { publisher: 'NIH' },
    }));
    const file = { format: 'health-glossary-helper/personal-glossary', version: 1, exportedAt: new Date().toISOString(), glossaryVersion: '0', entries, edits: [], deletions: [], notes: [], known: [], settings: {} };
    const total = Number((await options.locator('.count').innerText()).match(/\d+/)![0]);
    // Watches, from inside the page, for the progress bar between empty and full.
    await options.evaluate(() => {
      const w = window as unknown as { __progress: number[] };
      w.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar) w.__progress.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await options.locator('input[name="import"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => options.locator('.preview').innerText()).toMatch(/3000 new terms/);
    await options.locator('.preview').getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => options.locator('.backup [role="status"]').innerText(), { timeout: 30_000 }).toBe('Imported.');
    const progress = await options.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(progress.some((v) => v > 0 && v < 1)).toBe(true);
    await expect.poll(() => options.locator('.count').innerText()).toBe(`${total + 3000} terms`);

    await options.getByLabel('Search terms').fill('family word 2999');
    await options.locator('button[data-term-id="family-word-2999"]').click();
    await options.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => options.locator('.count').innerText()).toBe(`0 of ${total + 2999} terms`);
    await options.locator('.undo').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('.count').innerText()).toBe(`1 of ${total + 3000} terms`);

    // One click puts back what was there before the import, even after a reload.
    const mine = await userData();
    await options.reload();
    await options.getByRole('button', { name: /^Undo import/ }).click();
    await expect.poll(() => options.locator('.backup [role="status"]').innerText()).toBe('Restored what you had before the import of “big.json”.');
    await options.getByLabel('Search terms').fill('');
    await expect.poll(() => options.locator('.count').innerText()).toBe(`${total} terms`);
    expect(await userData()).not.toBe(mine);
  });
});
