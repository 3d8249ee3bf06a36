// What an import would do, shown to the user before anything is written. Only real changes
// count: an item already here exactly as in the file is not "new" or "changed".
import type { UserData } from '../db/user-data';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { Backup } from './format';

export interface ImportPlan {
  newTerms: number;
  changedTerms: number;
  newEdits: number;
  changedEdits: number;
  deletions: number;
  newNotes: number;
  changedNotes: number;
  knownMarks: number;
  settings: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planImport(current: UserData, stored: Readonly<Record<string, unknown>>, backup: Backup): ImportPlan {
  const own = new Map(current.userEntries.map((u) => [u.id, u.entry]));
  const edits = new Map(current.edits.map((e) => [e.id, e]));
  const deleted = new Set(current.deletions.map((d) => d.id));
  const notes = new Map(current.noteRows.map((n) => [n.termId, n]));
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  const noteChanged = (n: Backup['notes'][number]) => {
    const here = notes.get(n.termId)!;
    return here.text !== n.text || !same(here.seenOn, n.seenOn);
  };
  // A setting the user never changed has its default value, though nothing is stored for it.
  const setting = (key: string) => (Object.hasOwn(stored, key) ? stored[key] : (DEFAULT_SETTINGS as Record<string, unknown>)[key]);
  return {
    newTerms: count(backup.entries, (e) => !own.has(e.id)),
    changedTerms: count(backup.entries, (e) => own.has(e.id) && !same(own.get(e.id), e)),
    newEdits: count(backup.edits, (e) => !edits.has(e.entry.id)),
    changedEdits: count(backup.edits, (e) => edits.has(e.entry.id) && !same([edits.get(e.entry.id)!.entry, edits.get(e.entry.id)!.base], [e.entry, e.base])),
    deletions: count(backup.deletions, (id) => !deleted.has(id)),
    newNotes: count(backup.notes, (n) => !notes.has(n.termId)),
    changedNotes: count(backup.notes, (n) => notes.has(n.termId) && noteChanged(n)),
    knownMarks: count(backup.known, (id) => !current.known.has(id)),
    settings: count(Object.entries(backup.settings), ([k, v]) => !same(setting(k), v)),
  };
}

/** Whether importing would change anything at all. */
export function changesAnything(p: ImportPlan): boolean {
  return Object.values(p).some((n) => n > 0);
}

export function describePlan(p: ImportPlan): string[] {
  const lines: [number, string, string][] = [
    [p.newTerms, 'new term', 'new terms'],
    [p.changedTerms, 'of your terms changed', 'of your terms changed'],
    [p.newEdits + p.changedEdits, 'edited definition', 'edited definitions'],
    [p.deletions, 'term hidden', 'terms hidden'],
    [p.newNotes, 'new note', 'new notes'],
    [p.changedNotes, 'note changed', 'notes changed'],
    [p.knownMarks, 'term marked as known', 'terms marked as known'],
    [p.settings, 'setting', 'settings'],
  ];
  const out = lines.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return out.length ? out : ['Nothing new: everything in this file is already here.'];
}
