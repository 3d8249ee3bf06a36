// A database made by any earlier release opens with today's schema and keeps every edit, note,
// deletion, known mark and setting, even where the shipped glossary has changed since.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GlossaryDb } from '../../../src/db/database';
import { readSettings } from '../../../src/db/settings';
import { readUserData } from '../../../src/db/user-data';
import { mergeGlossary } from '../../../src/glossary/merge';
import { ENTRIES } from '../../fixtures/entries';
import { PAST_VERSIONS } from '../../fixtures/db-versions';

describe('upgrading the user’s database', () => {
  it.each(PAST_VERSIONS.map((v) => [v.version, v] as const))('from schema version %i keeps everything', async (_n, past) => {
    const name = `upgrade-${past.version}-${Math.random()}`;
    const old = new Dexie(name);
    old.version(past.version).stores(past.stores);
    await past.fill(old);
    old.close();

    const db = new GlossaryDb(name);
    const data = await readUserData(db);
    expect(data.userEntries.map((u) => u.id)).toEqual(['watchful-waiting']);
    expect(data.notes.get('biopsy')).toBe('Ask about results');
    expect([...data.known]).toEqual(['cytokine']);
    expect((await readSettings(db)).hoverDelayMs).toBe(600);

    // A newer release rewrote the shipped biopsy entry: the user's words stay, flagged.
    const newerShipped = ENTRIES.map((e) => (e.id === 'biopsy' ? { ...e, definition: 'A newer shipped definition of biopsy.' } : e));
    const merged = mergeGlossary(newerShipped, data);
    expect(merged.find((m) => m.entry.id === 'biopsy')).toMatchObject({ origin: 'edited', shippedChanged: true, entry: { definition: 'My words from release 0.1.' } });
    expect(merged.some((m) => m.entry.id === 'checkpoint')).toBe(false);
    await db.delete();
  });

  it('gives a term that release 1 stored under the empty id its own id, with its note', async () => {
    const name = `upgrade-empty-id-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(PAST_VERSIONS[0]!.stores);
    const biopsy = ENTRIES.find((e) => e.id === 'biopsy')!;
    await old.table('userEntries').put({ id: '', entry: { ...biopsy, id: '', term: 'биопсия' }, updatedAt: 1 });
    await old.table('notes').put({ termId: '', text: 'Спросить врача', updatedAt: 2 });
    old.close();

    const db = new GlossaryDb(name);
    const data = await readUserData(db);
    const id = data.userEntries[0]!.id;
    expect(id).toMatch(/^u-[a-z0-9]+$/);
    expect(data.userEntries[0]!.entry).toMatchObject({ id, term: 'биопсия' });
    expect([...data.notes]).toEqual([[id, 'Спросить врача']]);
    await db.delete();
  });

  it('declares every past version unchanged (versions are never edited or deleted)', () => {
    const db = new GlossaryDb(`versions-${Math.random()}`);
    // Dexie keeps the declared versions on an internal field; reading it is the only way to check.
    const versions = (db as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string> } }[] })._versions;
    const declared = new Map(versions.map((v) => [v._cfg.version, v._cfg.storesSource]));
    for (const past of PAST_VERSIONS) expect(declared.get(past.version)).toEqual(past.stores);
    expect(Math.max(...declared.keys())).toBe(Math.max(...PAST_VERSIONS.map((v) => v.version)));
  });
});
