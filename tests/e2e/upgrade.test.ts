// An update of the extension meets a database an older release wrote: every edit, note, deletion,
// own term and "known" mark is still there, and an entry the user edited whose shipped text has
// changed since keeps the user's words while the options page offers the new text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAST_VERSIONS } from '../fixtures/db-versions';
import { launch, pointOf, stopBackground, underlined, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
const OLD_BIOPSY = {
  id: 'biopsy',
  term: 'biopsy',
  definition: 'The shipped words of an older release, since improved.',
  category: 'test-procedure',
  source: { publisher: 'NCI' },
};
const MINE = 'My words for biopsy, written under release 0.1.';
const OWN = { id: 'clinic-day', term: 'clinic day', definition: 'The day of the week I see my care team.', category: 'general-medical', source: { publisher: 'NIH' } };

beforeAll(async () => {
  h = await launch();
  // Written the way release 0.1 (schema version 1) wrote it, straight into IndexedDB, from an
  // extension page that has no Dexie of its own open.
  const writer = await h.context.newPage();
  await writer.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  await writer.evaluate(
    ({ stores, rows }) =>
      new Promise<void>((ok, fail) => {
        indexedDB.deleteDatabase('health-glossary-helper');
        // Dexie stores version n as IndexedDB version 10n.
        const open = indexedDB.open('health-glossary-helper', 10);
        open.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [key, ...indexes] = spec.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(name, { keyPath: key });
            for (const index of indexes) store.createIndex(index, index);
          }
        };
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(rows), 'readwrite');
          for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).put(row);
          tx.oncomplete = () => (open.result.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
        open.onerror = () => fail(open.error);
      }),
    {
      stores: PAST_VERSIONS[0]!.stores,
      rows: {
        userEntries: [{ id: OWN.id, entry: OWN, updatedAt: 1 }],
        edits: [{ id: 'biopsy', entry: { ...OLD_BIOPSY, definition: MINE }, base: OLD_BIOPSY, updatedAt: 2 }],
        deletions: [{ id: 'cytokine', deletedAt: 3 }],
        notes: [{ termId: 'biopsy', text: 'Ask when the results come.', updatedAt: 4 }],
        known: [{ termId: 'pd-l1', markedAt: 5 }],
        settings: [{ key: 'hoverDelayMs', value: 100 }],
        meta: [{ key: 'glossaryVersion', value: '0.0.1' }],
      },
    },
  );
  // An update changes the version, which no cached index matches: here the cache goes instead.
  await writer.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('indexCache'));
  await writer.close();
  // The background restarts as after an update, with nothing of the old session in memory.
  await stopBackground(h);
});
afterAll(async () => h?.close());

describe('after an update', () => {
  it('pages show the user’s edit and note, and leave deleted and known terms alone', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(page, 3);
    const texts = (await underlined(page)).map((u) => u.text.toLowerCase());
    expect(texts).toContain('biopsy');
    expect(texts.filter((t) => ['cytokine', 'cytokines', 'pd-l1'].includes(t))).toEqual([]);
    const { x, y } = await pointOf(page, 'biopsy');
    await page.mouse.move(x, y);
    const tip = (await card(page)).locator('[role="tooltip"]');
    await expect.poll(() => tip.locator('.hgh-def').allInnerTexts()).toEqual([MINE]);
    await expect.poll(() => tip.locator('.hgh-note').allInnerTexts()).toEqual([expect.stringContaining('Ask when the results come.')]);
  });

  it('the options page keeps everything and offers the new shipped text beside the user’s', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Edited or added by me').check();
    await expect.poll(() => options.locator('.entry-list button[data-term-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-term-id')).sort())).toEqual(['biopsy', 'clinic-day']);
    await options.getByLabel('Edited or added by me').uncheck();
    await options.getByLabel('Marked as known').check();
    await expect.poll(() => options.locator('.entry-list button[data-term-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-term-id')))).toEqual(['pd-l1']);
    await options.getByLabel('Marked as known').uncheck();
    await options.getByLabel('Search terms').fill('biopsy');
    await options.locator('button[data-term-id="biopsy"]').click();
    await expect.poll(() => options.getByLabel('Plain-language definition').inputValue()).toBe(MINE);
    // The new shipped text is offered, not forced.
    await expect.poll(() => options.locator('.notice').count()).toBe(1);
    expect(await options.locator('.notice').innerText()).not.toContain(OLD_BIOPSY.definition);
    await expect.poll(() => options.locator('.notes-view li').allInnerTexts()).toEqual([expect.stringContaining('Ask when the results come.')]);
    await options.getByLabel('Search terms').fill('cytokine');
    await expect.poll(() => options.locator('button[data-term-id="cytokine"]').count()).toBe(0);
    expect(await options.locator('input[name="hoverDelayMs"]').inputValue()).toBe('100');
  });
});
