// Reads a personal glossary file and checks all of it before anything is written. A file that is
// not one (not JSON, another format, a newer version, too large) is refused whole; otherwise each
// item with a problem is named in words and left out, and the rest can still be imported.
import type { Entry } from '../glossary/types';
import { isTermId, LIMITS } from '../glossary/limits';
import { isPageRef } from '../glossary/page-ref';
import { noteProblem, quote } from '../glossary/validate-entry';
import { isSettingKey, isValidSetting } from '../settings/settings';
import { problemsOfEntry, termOf } from './entry-problems';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { problemList, type Problem, type ProblemList } from './problems';

export type { Problem } from './problems';

export interface ParsedBackup {
  /** The items that passed every check; absent when the file as a whole cannot be read. */
  backup?: Backup;
  /** The first problems found (at most LIMITS.problems). */
  problems: Problem[];
  /** How many problems there are in all. */
  problemCount: number;
}

const LISTS = { entries: 'terms', edits: 'edited definitions', deletions: 'hidden terms', notes: 'notes', known: 'known marks' } as const;
type ListKey = keyof typeof LISTS;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (n: number) => n.toLocaleString('en-US');
const shown = (v: unknown) => (typeof v === 'string' ? quote(v) : typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : 'this value');

/** The file as a whole: everything that, when wrong, means it is not a file this release can read. */
function readRoot(text: string, problems: ProblemList): Record<string, unknown> | undefined {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  if (text.length > LIMITS.fileBytes) return void problems.add('file', '', `the file is ${mb(text.length)} MB; at most ${LIMITS.fileBytes / 1024 / 1024} MB can be imported`);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return void problems.add('file', '', `this is not a personal glossary file: it is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  if (!isObject(root)) return void problems.add('file', '', 'this is not a personal glossary file: it holds no glossary data');
  if (root.format !== BACKUP_FORMAT) problems.add('format', '', `this is not a personal glossary file of Health Glossary Helper (its format should be "${BACKUP_FORMAT}")`);
  else if (typeof root.version === 'number' && root.version > BACKUP_VERSION) problems.add('version', '', `this file was written by a newer release of the extension (file version ${root.version}); update the extension to import it`);
  else if (root.version !== BACKUP_VERSION) problems.add('version', '', `this file’s version (${shown(root.version)}) is not one this release can read (it must be ${BACKUP_VERSION})`);
  for (const key of Object.keys(LISTS) as ListKey[]) {
    const v = root[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) problems.add(key, '', `the ${LISTS[key]} in the file (“${key}”) must be a list`);
    else if (v.length > LIMITS.items) problems.add(key, '', `the file has ${count(v.length)} ${LISTS[key]}; at most ${count(LIMITS.items)} can be imported`);
  }
  if (root.settings !== undefined && !isObject(root.settings)) problems.add('settings', '', 'the settings in the file (“settings”) must be a group of fields');
  return problems.count() ? undefined : root;
}

const list = (root: Record<string, unknown>, key: ListKey) => (root[key] as unknown[] | undefined) ?? [];

function readEntries(root: Record<string, unknown>, problems: ProblemList): Entry[] {
  const out = new Map<string, Entry>();
  list(root, 'entries').forEach((value, i) => {
    const term = termOf(value);
    const label = `Entry ${i + 1}${term ? ` (${quote(term)})` : ''}`;
    const found = problemsOfEntry(value);
    found.forEach((clause) => problems.add(`entries[${i}]`, label, clause));
    if (found.length) return;
    const entry = value as Entry;
    if (out.has(entry.id)) return problems.add(`entries[${i}].id`, label, 'the file has this term twice; the first one is kept');
    out.set(entry.id, entry);
  });
  return [...out.values()];
}

function readEdits(root: Record<string, unknown>, ownIds: ReadonlySet<string>, problems: ProblemList): Backup['edits'] {
  const out = new Map<string, Backup['edits'][number]>();
  list(root, 'edits').forEach((value, i) => {
    const term = isObject(value) ? termOf(value.entry) : undefined;
    const label = `Edit ${i + 1}${term ? ` (of ${quote(term)})` : ''}`;
    if (!isObject(value)) return problems.add(`edits[${i}]`, label, 'it must hold the entry as you wrote it and the shipped text it started from');
    const found = [...problemsOfEntry(value.entry), ...problemsOfEntry(value.base).map((c) => `in the shipped text it started from, ${c}`)];
    found.forEach((clause) => problems.add(`edits[${i}]`, label, clause));
    if (found.length) return;
    const edit = { entry: value.entry as Entry, base: value.base as Entry };
    const id = edit.entry.id;
    if (edit.base.id !== id) return problems.add(`edits[${i}].base.id`, label, `your version and the shipped text it started from are of different terms (${quote(id)}, ${quote(edit.base.id)})`);
    if (out.has(id)) return problems.add(`edits[${i}]`, label, 'the file has a second edit of this term; the first one is kept');
    if (ownIds.has(id)) return problems.add(`edits[${i}]`, label, 'the file also has this term as one of your own; your own is kept');
    out.set(id, edit);
  });
  return [...out.values()];
}

/** Term ids (deletions, known marks): repeats are merged; a hidden term may not be one the file adds. */
function readIds(root: Record<string, unknown>, key: 'deletions' | 'known', keep: ReadonlySet<string>, problems: ProblemList): string[] {
  const label = (i: number) => `${key === 'known' ? 'Known mark' : 'Hidden term'} ${i + 1}`;
  const out = new Set<string>();
  list(root, key).forEach((id, i) => {
    if (!isTermId(id)) return problems.add(`${key}[${i}]`, label(i), `${shown(id)} is not a term id`);
    if (keep.has(id)) return problems.add(`${key}[${i}]`, label(i), `${quote(id)} is also a term this file adds or edits, so hiding it would make it vanish`);
    out.add(id);
  });
  return [...out];
}

const MAX_TIME = 8.64e15; // The last moment a JavaScript Date can hold.

function readNotes(root: Record<string, unknown>, problems: ProblemList): Backup['notes'] {
  const out = new Map<string, Backup['notes'][number]>();
  list(root, 'notes').forEach((n, i) => {
    const at = `notes[${i}]`;
    if (!isObject(n)) return problems.add(at, `Note ${i + 1}`, 'it must hold the term id and the text of the note');
    const label = `Note ${i + 1}${isTermId(n.termId) ? ` (on ${quote(n.termId)})` : ''}`;
    const before = problems.count();
    if (!isTermId(n.termId)) problems.add(`${at}.termId`, label, `the term it is on (${shown(n.termId)}) is not a term id`);
    if (typeof n.text !== 'string') problems.add(`${at}.text`, label, 'its text must be text');
    else if (noteProblem(n.text)) problems.add(`${at}.text`, label, noteProblem(n.text)!);
    if (typeof n.updatedAt !== 'number' || !Number.isFinite(n.updatedAt) || n.updatedAt < 0 || n.updatedAt > MAX_TIME) problems.add(`${at}.updatedAt`, label, 'the time it was written (“updatedAt”) is missing or not a time');
    if (n.seenOn !== undefined && !isPageRef(n.seenOn)) problems.add(`${at}.seenOn`, label, 'the page it was seen on must be a page title and an http(s) address without query or fragment');
    if (problems.count() > before) return;
    const note = { termId: n.termId as string, text: n.text as string, updatedAt: n.updatedAt as number, ...(n.seenOn ? { seenOn: n.seenOn as Backup['notes'][number]['seenOn'] } : {}) };
    if (out.has(note.termId)) return problems.add(at, label, 'the file has a second note on this term; the first one is kept');
    out.set(note.termId, note);
  });
  return [...out.values()];
}

function readSettings(root: Record<string, unknown>, problems: ProblemList): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((root.settings as Record<string, unknown> | undefined) ?? {})) {
    const label = `Setting ${quote(key)}`;
    if (!isSettingKey(key)) problems.add(`settings.${key}`, label, 'this is not a setting of this extension');
    else if (!isValidSetting(key, value)) problems.add(`settings.${key}`, label, `${shown(value)} is not a value this setting can have`);
    else out[key] = value;
  }
  return out;
}

export function parseBackup(text: string): ParsedBackup {
  const problems = problemList();
  const root = readRoot(text, problems);
  if (!root) return { problems: problems.list, problemCount: problems.count() };
  const entries = readEntries(root, problems);
  const ownIds = new Set(entries.map((e) => e.id));
  const edits = readEdits(root, ownIds, problems);
  const added = new Set([...ownIds, ...edits.map((e) => e.entry.id)]);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof root.exportedAt === 'string' ? root.exportedAt.slice(0, 40) : '',
    glossaryVersion: typeof root.glossaryVersion === 'string' ? root.glossaryVersion.slice(0, 40) : '',
    entries,
    edits,
    deletions: readIds(root, 'deletions', added, problems),
    notes: readNotes(root, problems),
    known: readIds(root, 'known', new Set(), problems),
    settings: readSettings(root, problems),
  };
  return { backup, problems: problems.list, problemCount: problems.count() };
}
