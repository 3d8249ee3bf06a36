// An import keeps a copy of what was there, and one call puts it back exactly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyBackup } from '../../../src/backup/apply-backup';
import { exportBackup } from '../../../src/backup/export-backup';
import { GlossaryDb } from '../../../src/db/database';
import { saveEntry } from '../../../src/db/entries';
import { setKnown } from '../../../src/db/known';
import { saveNote } from '../../../src/db/notes';
import { writeSetting } from '../../../src/db/settings';
import { latestSnapshot, restoreSnapshot } from '../../../src/db/snapshots';
import { ENTRIES } from '../../fixtures/entries';

const dbs: GlossaryDb[] = [];
const fresh = () => {
  const db = new GlossaryDb(`undo-import-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const biopsy = ENTRIES.find((e) => e.id === 'biopsy')!;
const everything = async (db: GlossaryDb) => JSON.stringify(await Promise.all([db.userEntries, db.edits, db.deletions, db.notes, db.known, db.settings].map((t) => t.toArray())));

async function mine() {
  const db = fresh();
  await saveEntry(db, { ...biopsy, definition: 'My own words for a biopsy.' }, biopsy);
  await saveNote(db, 'biopsy', 'Results in a week');
  await setKnown(db, 'cytokine', true);
  await writeSetting(db, 'hoverDelayMs', 500);
  return db;
}

describe('undoing an import', () => {
  it('restores exactly what the user had, after the file overwrote their note, edit and settings', async () => {
    const db = await mine();
    const before = await everything(db);
    const file = await exportBackup(fresh(), '0.1.0');
    await applyBackup(db, {
      ...file,
      edits: [{ entry: { ...biopsy, definition: 'The file’s words for a biopsy.' }, base: biopsy }],
      notes: [{ termId: 'biopsy', text: 'The file’s note', updatedAt: 9 }],
      entries: [{ ...biopsy, id: 'new-word', term: 'new word' }],
      settings: { hoverDelayMs: 250, theme: 'dark' },
    }, () => [], undefined, 'the import of “old.json”');
    expect(await everything(db)).not.toBe(before);
    const snapshot = await latestSnapshot(db);
    expect(snapshot?.reason).toBe('the import of “old.json”');
    await restoreSnapshot(db, snapshot!.id!);
    expect(await everything(db)).toBe(before);
    expect(await latestSnapshot(db)).toBeUndefined();
  });

  it('keeps no copy when the import itself failed (nothing changed), and only the last three copies', async () => {
    const db = await mine();
    const file = await exportBackup(db, '0.1.0');
    vi.spyOn(db.known, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyBackup(db, file, () => [])).rejects.toThrow('disk full');
    expect(await db.snapshots.count()).toBe(0);
    for (const name of ['a', 'b', 'c', 'd']) await applyBackup(db, file, () => [], undefined, name);
    expect((await db.snapshots.toArray()).map((s) => s.reason)).toEqual(['b', 'c', 'd']);
  });
});
