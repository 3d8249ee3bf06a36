// What an import would do, shown to the user before anything is written.
import type { UserData } from '../db/user-data';
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
  const edits = new Map(current.edits.map((e) => [e.id, e.entry]));
  const deleted = new Set(current.deletions.map((d) => d.id));
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    newTerms: count(backup.entries, (e) => !own.has(e.id)),
    changedTerms: count(backup.entries, (e) => own.has(e.id) && !same(own.get(e.id), e)),
    newEdits: count(backup.edits, (e) => !edits.has(e.entry.id)),
    changedEdits: count(backup.edits, (e) => edits.has(e.entry.id) && !same(edits.get(e.entry.id), e.entry)),
    deletions: count(backup.deletions, (id) => !deleted.has(id)),
    newNotes: count(backup.notes, (n) => !current.notes.has(n.termId)),
    changedNotes: count(backup.notes, (n) => current.notes.has(n.termId) && current.notes.get(n.termId) !== n.text),
    knownMarks: count(backup.known, (id) => !current.known.has(id)),
    settings: count(Object.entries(backup.settings), ([k, v]) => !same(stored[k], v)),
  };
}

export function describePlan(p: ImportPlan): string[] {
  const lines: [number, string][] = [
    [p.newTerms, 'new terms'],
    [p.changedTerms, 'of your terms changed'],
    [p.newEdits + p.changedEdits, 'edited definitions'],
    [p.deletions, 'terms hidden'],
    [p.newNotes, 'new notes'],
    [p.changedNotes, 'notes changed'],
    [p.knownMarks, 'terms marked as known'],
    [p.settings, 'settings'],
  ];
  const out = lines.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return out.length ? out : ['Nothing new: everything in this file is already here.'];
}
