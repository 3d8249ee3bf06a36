// Anything the options page can save exports to a file the import takes back whole: one set of
// limits holds everywhere.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBackup } from '../../../src/backup/apply-backup';
import { exportBackup } from '../../../src/backup/export-backup';
import { parseBackup } from '../../../src/backup/parse-backup';
import { GlossaryDb } from '../../../src/db/database';
import { saveEntry } from '../../../src/db/entries';
import { saveNote } from '../../../src/db/notes';
import { LIMITS } from '../../../src/glossary/limits';
import type { Entry } from '../../../src/glossary/types';
import { validateEntryFields } from '../../../src/glossary/validate-entry';
import { readUserData } from '../../../src/db/user-data';
import { ENTRIES } from '../../fixtures/entries';

const dbs: GlossaryDb[] = [];
const fresh = () => {
  const db = new GlossaryDb(`roundtrip-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const draft = (term: string, definition = 'A definition in my own language.', context?: string[]): Entry =>
  ({ id: '', term, definition, category: 'general-medical', source: { publisher: 'MedlinePlus' }, ...(context ? { context } : {}) });

describe('the round trip of what the options page saves', () => {
  it('takes back terms in any script, a note of the longest length, and the most context words', async () => {
    const db = fresh();
    const terms = ['биопсия', '活检', 'خزعة', 'βήτα'];
    for (const term of terms) {
      const { entry } = validateEntryFields(draft(term, undefined, Array.from({ length: LIMITS.contextWords }, (_, i) => `${'w'.repeat(LIMITS.contextWordChars - 2)}${i}`.slice(-LIMITS.contextWordChars))), new Set());
      await saveEntry(db, entry!, undefined, []);
      await saveNote(db, entry!.id, 'н'.repeat(LIMITS.noteChars));
    }
    const grade = ENTRIES.find((e) => e.id === 'tumor-grade')!;
    await saveEntry(db, { ...grade, definition: 'My words for how abnormal the cells look.' }, grade);
    const { backup, problems } = parseBackup(JSON.stringify(await exportBackup(db, '0.1.0')));
    expect(problems).toEqual([]);
    expect(backup!.entries.map((e) => e.term).sort()).toEqual([...terms].sort());
    expect(new Set(backup!.entries.map((e) => e.id)).size).toBe(4);
    expect(backup!.notes.map((n) => n.text.length)).toEqual([LIMITS.noteChars, LIMITS.noteChars, LIMITS.noteChars, LIMITS.noteChars]);

    const target = fresh();
    await applyBackup(target, backup!, () => []);
    const [a, b] = [await readUserData(db), await readUserData(target)];
    expect(b.userEntries.map((u) => u.entry)).toEqual(a.userEntries.map((u) => u.entry));
    expect(b.notes).toEqual(a.notes);
  });

  it('refuses to save a note the import would refuse, and says why', async () => {
    const db = fresh();
    await expect(saveNote(db, 'biopsy', 'x'.repeat(LIMITS.noteChars + 1))).rejects.toThrow('The note is too long (10,001 characters; at most 10,000).');
    expect(await db.notes.count()).toBe(0);
  });

  it('holds for any entry the editor accepts', async () => {
    const word = fc.string({ unit: 'grapheme', minLength: 2, maxLength: 30 });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(word, fc.string({ unit: 'grapheme', minLength: 10, maxLength: 300 }), fc.array(word, { maxLength: 32 }), async (term, definition, context) => {
        const { entry } = validateEntryFields(draft(term, definition, context.length ? context : undefined), new Set());
        if (!entry) return;
        accepted++;
        const file = { format: 'health-glossary-helper/personal-glossary', version: 1, entries: [entry] };
        expect(parseBackup(JSON.stringify(file)).problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(100); // The property says something only if the editor accepts many.
  });
});
