import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyBackup } from '../../../src/backup/apply-backup';
import { exportBackup, notesAsMarkdown } from '../../../src/backup/export-backup';
import { parseBackup } from '../../../src/backup/parse-backup';
import { describePlan, planImport } from '../../../src/backup/plan-import';
import { GlossaryDb } from '../../../src/db/database';
import { saveEntry } from '../../../src/db/entries';
import { setKnown } from '../../../src/db/known';
import { saveNote } from '../../../src/db/notes';
import { writeSetting } from '../../../src/db/settings';
import { readUserData } from '../../../src/db/user-data';
import { formsOfEntry } from '../../../src/matcher/compile';
import { inflections } from '../../../src/matcher/nlp';
import { ENTRIES } from '../../fixtures/entries';

const dbs: GlossaryDb[] = [];
const fresh = () => {
  const db = new GlossaryDb(`backup-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});
const formsOf = (e: (typeof ENTRIES)[number]) => formsOfEntry(e, inflections);

async function filledDb() {
  const db = fresh();
  await saveEntry(db, { ...ENTRIES[0]!, id: 'watchful-waiting', term: 'watchful waiting', definition: 'Keeping a close eye without treatment yet.' }, undefined);
  await saveEntry(db, { ...ENTRIES[9]!, definition: 'My own words for a biopsy.' }, ENTRIES[9]);
  await saveNote(db, 'biopsy', 'Results in a week');
  await setKnown(db, 'cytokine', true);
  await writeSetting(db, 'hoverDelayMs', 500);
  return db;
}

describe('export and import', () => {
  it('exports everything the user made, and a wiped database gets all of it back', async () => {
    const db = await filledDb();
    const file = JSON.stringify(await exportBackup(db, '0.1.0'));
    const target = fresh();
    const { backup, problems } = parseBackup(file);
    expect(problems).toEqual([]);
    expect(describePlan(planImport(await readUserData(target), {}, backup!))).toEqual([
      '1 new term', '1 edited definition', '1 new note', '1 term marked as known', '1 setting',
    ]);
    await applyBackup(target, backup!, formsOf);
    const [a, b] = [await readUserData(db), await readUserData(target)];
    expect(b.userEntries.map((u) => u.entry)).toEqual(a.userEntries.map((u) => u.entry));
    expect(b.edits.map((e) => [e.entry, e.base])).toEqual(a.edits.map((e) => [e.entry, e.base]));
    expect(b.notes).toEqual(a.notes);
    expect(b.known).toEqual(a.known);
    expect(await target.settings.toArray()).toEqual([{ key: 'hoverDelayMs', value: 500 }]);
  });

  it('lists each problem of a bad file with where it is, and keeps none of the bad items', () => {
    const bad = JSON.stringify({
      format: 'health-glossary-helper/personal-glossary',
      version: 1,
      entries: [{ id: 'Bad Id', term: '', definition: 'x', category: 'nope', source: { publisher: 'NCI' } }, { ...ENTRIES[0], url: 'javascript:alert(1)' }],
      notes: [{ termId: 'cytokine', text: 'a'.repeat(20_000) }, { termId: '<script>', text: 'hi' }],
      known: [42],
      settings: { hoverDelayMs: 'fast', evil: true },
    });
    const { backup, problems } = parseBackup(bad);
    expect(backup).toMatchObject({ entries: [], edits: [], notes: [], known: [], settings: {} });
    const where = problems.map((p) => p.at);
    expect(where).toEqual(expect.arrayContaining(['entries[0]', 'entries[1]', 'notes[0].text', 'notes[1].termId', 'known[0]', 'settings.hoverDelayMs', 'settings.evil']));
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([
      'Entry 1: the id must be lowercase letters and digits joined by hyphens, such as “watchful-waiting”.',
      'Entry 1: the term is empty.',
      'Entry 1: the category “nope” is not one of immunotherapy, immune-system, cancer-type, cancer-basics, treatment, drug, side-effect, symptom, test-procedure, anatomy, research, genetics, condition, general-medical.',
      'Entry 2 (“cytokine”): the entry has a field this extension does not know (“url”).',
      'Note 1 (on “cytokine”): the note is too long (20,000 characters; at most 10,000).',
      'Known mark 1: 42 is not a term id.',
      'Setting “hoverDelayMs”: “fast” is not a value this setting can have.',
      'Setting “evil”: this is not a setting of this extension.',
    ]));
  });

  it('says what is wrong with an entry in words, not schema paths', () => {
    const file = (entry: object) => JSON.stringify({ format: 'health-glossary-helper/personal-glossary', version: 1, entries: [entry] });
    const messages = (entry: object) => parseBackup(file(entry)).problems.map((p) => p.message);
    expect(messages({ ...ENTRIES[9]!, definition: 'Too short' })).toEqual(['Entry 1 (“biopsy”): the definition is too short (at least 10 characters).']);
    expect(messages({ ...ENTRIES[9]!, source: { publisher: 'Evil Corp' } })).toEqual(['Entry 1 (“biopsy”): the source’s publisher “Evil Corp” is not one of NCI, MedlinePlus, NHS, CDC, FDA, NIH.']);
    const { definition: _, ...noDefinition } = ENTRIES[9]!;
    expect(messages(noDefinition)).toEqual(['Entry 1 (“biopsy”): the entry has no definition.']);
  });

  it.each([
    ['not JSON', '{"format": ', /^This is not a personal glossary file: it is not valid JSON/],
    ['a list', '[1,2]', /^This is not a personal glossary file: it holds no glossary data\.$/],
    ['another format', '{"format": "something-else", "version": 1}', /^This is not a personal glossary file of Health Glossary Helper/],
    ['a newer version', '{"format": "health-glossary-helper/personal-glossary", "version": 9}', /^This file was written by a newer release of the extension \(file version 9\); update the extension to import it\.$/],
    ['too large', ' '.repeat(21 * 1024 * 1024), /^The file is 21\.0 MB; at most 20 MB can be imported\.$/],
    ['a list that is not a list', '{"format": "health-glossary-helper/personal-glossary", "version": 1, "notes": "x"}', /^The notes in the file \(“notes”\) must be a list\.$/],
  ])('refuses %s as a whole, with a clear message', (_name, text, message) => {
    const { backup, problems } = parseBackup(text);
    expect(backup).toBeUndefined();
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('leaves out a deeply nested item and says so', () => {
    const { backup, problems } = parseBackup(`{"format": "health-glossary-helper/personal-glossary", "version": 1, "entries": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(backup?.entries).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['Entry 1: the entry must be a group of fields.']);
  });

  it('writes nothing when a write in the middle fails', async () => {
    const db = await filledDb();
    const before = JSON.stringify(await readUserData(db), (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
    const { backup } = parseBackup(JSON.stringify(await exportBackup(fresh(), '0.1.0')));
    const poisoned = {
      ...backup!,
      entries: [ENTRIES[1]!],
      edits: [{ entry: { ...ENTRIES[9]!, definition: 'Changed by the file.' }, base: ENTRIES[9]! }],
      notes: [{ termId: 'x', text: 'new', updatedAt: 1 }],
    };
    // The new term, the edit and the notes are written first; the failure comes after them.
    vi.spyOn(db.known, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(applyBackup(db, poisoned, () => [])).rejects.toThrow('disk full');
    expect(JSON.stringify(await readUserData(db), (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v))).toBe(before);
  });

  it('keeps where a note was seen through export and import, and refuses a forged address', async () => {
    const db = fresh();
    await saveNote(db, 'biopsy', 'Ask about results', { title: 'Biopsy basics', url: 'https://example.org/biopsy' });
    const file = JSON.stringify(await exportBackup(db, '0.1.0'));
    const target = fresh();
    const { backup } = parseBackup(file);
    await applyBackup(target, backup!, () => []);
    expect((await target.notes.get('biopsy'))?.seenOn).toEqual({ title: 'Biopsy basics', url: 'https://example.org/biopsy' });
    const forged = file.replace('https://example.org/biopsy', 'javascript:alert(1)');
    expect(parseBackup(forged).problems.map((p) => p.at)).toEqual(['notes[0].seenOn']);
  });

  it('reports progress while it prepares a large file, ending at 1', async () => {
    const db = fresh();
    const many = Array.from({ length: 600 }, (_, i) => ({ ...ENTRIES[0]!, id: `word-${i}`, term: `word ${i}` }));
    const seen: number[] = [];
    await applyBackup(db, { ...(await exportBackup(db, '0.1.0')), entries: many }, () => [], (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    expect(await db.userEntries.count()).toBe(600);
  });

  it('writes notes as Markdown with where each was seen', () => {
    const md = notesAsMarkdown([{ termId: 'biopsy', text: 'Ask (soon)', seenOn: { title: 'A [page]', url: 'https://example.org/a' } }], () => 'biopsy');
    expect(md).toBe('# Questions and notes for my care team\n\n- **biopsy**: Ask \\(soon\\)\n  Seen on: A \\[page\\] <https://example.org/a>\n');
  });

  it('writes notes as Markdown that prints the user’s text as written', () => {
    const md = notesAsMarkdown([{ termId: 'biopsy', text: 'Ask *when* <b>results</b> come' }], (id) => (id === 'biopsy' ? 'biopsy' : undefined));
    expect(md).toBe('# Questions and notes for my care team\n\n- **biopsy**: Ask \\*when\\* \\<b\\>results\\</b\\> come\n');
  });
});
