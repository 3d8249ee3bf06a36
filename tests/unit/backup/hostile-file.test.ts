// Files written to harm or confuse: each is refused in words, without a crash, a hang or
// anything odd reaching the database.
import { afterEach, describe, expect, it } from 'vitest';
import { applyBackup } from '../../../src/backup/apply-backup';
import { parseBackup } from '../../../src/backup/parse-backup';
import { describePlan, planImport } from '../../../src/backup/plan-import';
import { GlossaryDb } from '../../../src/db/database';
import { saveNote } from '../../../src/db/notes';
import { readUserData } from '../../../src/db/user-data';
import { mergeGlossary } from '../../../src/glossary/merge';
import { ENTRIES } from '../../fixtures/entries';

const head = { format: 'health-glossary-helper/personal-glossary', version: 1 };
const file = (body: object) => JSON.stringify({ ...head, ...body });
const entry = (id: string, extra: object = {}) => ({ id, term: id.replace(/-/g, ' '), definition: 'A definition that is long enough.', category: 'drug', source: { publisher: 'NCI' }, ...extra });
const messages = (text: string) => parseBackup(text).problems.map((p) => p.message);
const biopsy = ENTRIES.find((e) => e.id === 'biopsy')!;

const dbs: GlossaryDb[] = [];
const fresh = () => {
  const db = new GlossaryDb(`hostile-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

describe('settings in a file', () => {
  it('takes only the extension’s own settings: "__proto__", "constructor" or "toString" are refused, not a crash', () => {
    const text = `{"format":"health-glossary-helper/personal-glossary","version":1,"settings":{"__proto__":{"polluted":true},"constructor":"junk","toString":"x","valueOf":42,"hoverDelayMs":500}}`;
    const { backup, problems } = parseBackup(text);
    expect(problems.map((p) => p.message)).toEqual([
      'Setting “__proto__”: this is not a setting of this extension.',
      'Setting “constructor”: this is not a setting of this extension.',
      'Setting “toString”: this is not a setting of this extension.',
      'Setting “valueOf”: this is not a setting of this extension.',
    ]);
    expect(backup!.settings).toEqual({ hoverDelayMs: 500 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 200,000-deep value under an inherited name without walking it', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(messages(`{"format":"health-glossary-helper/personal-glossary","version":1,"settings":{"constructor":${deep}}}`)).toEqual([
      'Setting “constructor”: this is not a setting of this extension.',
    ]);
  });
});

describe('huge files and lists', () => {
  it('stops at the list limit with one problem instead of checking ten million items', () => {
    const text = `{"format":"health-glossary-helper/personal-glossary","version":1,"known":[${Array(10_000_000).fill('0').join(',')}]}`;
    const { backup, problems, problemCount } = parseBackup(text);
    expect(backup).toBeUndefined();
    expect(problemCount).toBe(1);
    expect(problems[0]!.message).toBe('The file has 10,000,000 known marks; at most 50,000 can be imported.');
  });

  it('lists at most 100 problems, and counts the rest', () => {
    const { problems, problemCount } = parseBackup(file({ known: Array(5000).fill(0) }));
    expect(problems).toHaveLength(100);
    expect(problemCount).toBe(5000);
  });

  it('refuses a 15 MB context word, which would slow every page down', () => {
    const { backup, problems } = parseBackup(file({ entries: [entry('big-context', { context: ['x'.repeat(15 * 1024 * 1024)] })] }));
    expect(backup!.entries).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['Entry 1 (“big context”): context word 1 (“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”) is too long (15,728,640 characters; at most 40).']);
  });
});

describe('repeated and contradicting items', () => {
  it('keeps the first of two notes or edits of one term, merges repeated marks, and counts each once', async () => {
    const text = file({
      edits: [
        { entry: { ...biopsy, definition: 'First edit of biopsy here.' }, base: biopsy },
        { entry: { ...biopsy, definition: 'Second edit of biopsy here.' }, base: biopsy },
        { entry: entry('some-term'), base: entry('another-term') },
      ],
      notes: [{ termId: 'biopsy', text: 'one', updatedAt: 1 }, { termId: 'biopsy', text: 'two', updatedAt: 2 }],
      known: ['biopsy', 'biopsy'],
      deletions: ['cytokine', 'cytokine'],
    });
    const { backup, problems } = parseBackup(text);
    expect(problems.map((p) => p.message)).toEqual([
      'Edit 2 (of “biopsy”): the file has a second edit of this term; the first one is kept.',
      'Edit 3 (of “some term”): your version and the shipped text it started from are of different terms (“some-term”, “another-term”).',
      'Note 2 (on “biopsy”): the file has a second note on this term; the first one is kept.',
    ]);
    const db = fresh();
    await saveNote(db, 'biopsy', 'my real note');
    expect(describePlan(planImport(await readUserData(db), {}, backup!))).toEqual(['1 edited definition', '1 term hidden', '1 note changed', '1 term marked as known']);
  });

  it('refuses to hide a term the same file adds, so it cannot vanish', async () => {
    const { backup, problems } = parseBackup(file({ entries: [entry('my-word')], edits: [{ entry: { ...biopsy, definition: 'My words for a biopsy.' }, base: biopsy }], deletions: ['my-word', 'biopsy'] }));
    expect(problems.map((p) => p.message)).toEqual([
      'Hidden term 1: “my-word” is also a term this file adds or edits, so hiding it would make it vanish.',
      'Hidden term 2: “biopsy” is also a term this file adds or edits, so hiding it would make it vanish.',
    ]);
    const db = fresh();
    await applyBackup(db, backup!, () => []);
    const merged = mergeGlossary(ENTRIES, await readUserData(db));
    expect(merged.filter((m) => ['my-word', 'biopsy'].includes(m.entry.id)).map((m) => m.origin).sort()).toEqual(['edited', 'user']);
  });

  it('refuses an edit of a term the same file adds as the user’s own', () => {
    expect(messages(file({ entries: [entry('biopsy')], edits: [{ entry: { ...biopsy, definition: 'My words for a biopsy.' }, base: biopsy }] }))).toEqual([
      'Edit 1 (of “biopsy”): the file also has this term as one of your own; your own is kept.',
    ]);
  });
});

describe('odd values', () => {
  it('refuses a note time that is not a number instead of calling it "now"', () => {
    expect(messages(file({ notes: [{ termId: 'biopsy', text: 'ok', updatedAt: 'yesterday' }, { termId: 'cytokine', text: 'ok', updatedAt: -1e308 }, { termId: 'pd-l1', text: 'ok' }] }))).toEqual([
      'Note 1 (on “biopsy”): the time it was written (“updatedAt”) is missing or not a time.',
      'Note 2 (on “cytokine”): the time it was written (“updatedAt”) is missing or not a time.',
      'Note 3 (on “pd-l1”): the time it was written (“updatedAt”) is missing or not a time.',
    ]);
  });

  it('refuses hidden direction marks, NUL and broken characters in terms and other names, and broken characters in notes', () => {
    const text = `{"format":"health-glossary-helper/personal-glossary","version":1,"notes":[{"termId":"biopsy","text":"\\ud800 lone","updatedAt":1}],"entries":[${[
      JSON.stringify(entry('odd-term', { term: 'x\u202Ey' })),
      JSON.stringify(entry('nul-term', { term: 'x\u0000y' })),
      JSON.stringify(entry('alias-term', { aliases: [{ text: 'a\u2067b', kind: 'synonym' }] })),
    ].join(',')}]}`;
    expect(messages(text)).toEqual([
      'Entry 1 (“x\u202Ey”): the term contains a hidden text-direction mark, which can make it look like another word.',
      'Entry 2 (“x\u0000y”): the term contains a hidden control character (such as NUL or a line break).',
      'Entry 3 (“alias term”): other name 1 (“a\u2067b”) contains a hidden text-direction mark, which can make it look like another word.',
      'Note 1 (on “biopsy”): the note contains a broken character (half of an emoji or symbol).',
    ]);
  });

  it('carries no unknown top-level fields into what it imports', () => {
    const { backup } = parseBackup(file({ exportedAt: { evil: 1 }, glossaryVersion: ['x'], extra: 'x'.repeat(1000) }));
    expect(Object.keys(backup!).sort()).toEqual(['deletions', 'edits', 'entries', 'exportedAt', 'format', 'glossaryVersion', 'known', 'notes', 'settings', 'version']);
    expect([backup!.exportedAt, backup!.glossaryVersion]).toEqual(['', '']);
  });
});
