import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryDb } from '../../../src/db/database';
import { deleteEntry, restoreDeleted, revertEntry, saveEntry } from '../../../src/db/entries';
import { saveNote } from '../../../src/db/notes';
import { seedDatabase } from '../../../src/db/seed';
import { readUserData } from '../../../src/db/user-data';
import { ENTRIES } from '../../fixtures/entries';

let db: GlossaryDb;
const fresh = () => (db = new GlossaryDb(`test-${Math.random()}`));
afterEach(async () => db.delete());

const cytokine = ENTRIES[0]!;

describe('the user’s database', () => {
  it('stores an edit of a shipped entry with the shipped text it started from', async () => {
    fresh();
    await saveEntry(db, { ...cytokine, definition: 'Mine.' }, cytokine);
    await saveEntry(db, { ...cytokine, definition: 'Mine again.' }, { ...cytokine, definition: 'newer shipped' });
    const [edit] = await db.edits.toArray();
    expect(edit).toMatchObject({ id: 'cytokine', entry: { definition: 'Mine again.' }, base: cytokine });
  });

  it('stores nothing when an edit goes back to the shipped text', async () => {
    fresh();
    await saveEntry(db, { ...cytokine, definition: 'Mine.' }, cytokine);
    await saveEntry(db, cytokine, cytokine);
    expect(await db.edits.count()).toBe(0);
  });

  it('keeps a new term as the user’s own entry', async () => {
    fresh();
    const own = { ...cytokine, id: 'my-word', term: 'my word' };
    await saveEntry(db, own, undefined);
    expect((await readUserData(db)).userEntries.map((u) => u.entry)).toEqual([own]);
  });

  it('remembers a deleted shipped entry and can bring it back', async () => {
    fresh();
    await deleteEntry(db, 'cytokine', true);
    expect(await db.deletions.get('cytokine')).toBeDefined();
    await revertEntry(db, 'cytokine');
    expect(await db.deletions.count()).toBe(0);
  });

  it('keeps notes apart from entries: deleting an entry keeps its note; an empty note removes it', async () => {
    fresh();
    await saveNote(db, 'cytokine', '  Ask about this at the next visit.  ');
    await deleteEntry(db, 'cytokine', true);
    expect((await readUserData(db)).notes.get('cytokine')).toBe('Ask about this at the next visit.');
    await saveNote(db, 'cytokine', '   ');
    expect(await db.notes.count()).toBe(0);
  });

  it('undoes a delete exactly: the user’s own term, an edit, or a shipped entry come back as they were', async () => {
    fresh();
    const own = { ...cytokine, id: 'my-word', term: 'my word' };
    await saveEntry(db, own, undefined);
    await saveEntry(db, { ...cytokine, definition: 'Mine.' }, cytokine);
    const before = JSON.stringify(await readUserData(db), (_k, v) => (v instanceof Map || v instanceof Set ? [...v] : v));
    const undoOwn = await deleteEntry(db, 'my-word', false);
    const undoEdit = await deleteEntry(db, 'cytokine', true);
    expect((await readUserData(db)).userEntries).toHaveLength(0);
    await restoreDeleted(db, undoEdit);
    await restoreDeleted(db, undoOwn);
    expect(JSON.stringify(await readUserData(db), (_k, v) => (v instanceof Map || v instanceof Set ? [...v] : v))).toBe(before);
  });

  it('a note written on a page remembers the page; editing it elsewhere keeps that', async () => {
    fresh();
    const page = { title: 'Biopsy', url: 'https://example.org/biopsy' };
    await saveNote(db, 'biopsy', 'Ask about results', page);
    await saveNote(db, 'biopsy', 'Ask about results next week');
    expect(await db.notes.get('biopsy')).toMatchObject({ text: 'Ask about results next week', seenOn: page });
  });

  it('seeding records the release and never touches the user’s work', async () => {
    fresh();
    await saveNote(db, 'cytokine', 'mine');
    await seedDatabase(db, '0.1.0', 10);
    await seedDatabase(db, '0.2.0', 12);
    expect((await db.meta.get('glossaryVersion'))?.value).toBe('0.2.0');
    expect(await db.notes.count()).toBe(1);
  });
});

describe('the options editor’s save', () => {
  it('writes the entry, its note and its known mark together, or none of them', async () => {
    fresh();
    const { saveEntryAndNote } = await import('../../../src/db/save-entry-and-note');
    await db.known.put({ termId: 'cytokine', markedAt: 7 });
    await saveEntryAndNote(db, { ...cytokine, definition: 'Mine, first.' }, cytokine, undefined, 'A note', true);
    expect(await db.known.get('cytokine')).toEqual({ termId: 'cytokine', markedAt: 7 });
    await expect(saveEntryAndNote(db, { ...cytokine, definition: 'Mine, second.' }, cytokine, undefined, 'x'.repeat(10_001), false)).rejects.toThrow(/note is too long/);
    expect((await db.edits.get('cytokine'))?.entry.definition).toBe('Mine, first.');
    expect(await db.known.count()).toBe(1);
  });
});
