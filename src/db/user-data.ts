import type { GlossaryDb, Note } from './database';
import type { UserChanges } from '../glossary/merge';

export interface UserData extends UserChanges {
  notes: Map<string, string>;
  /** The notes as stored, with when and where each was written (the options page's notes view). */
  noteRows: Note[];
  known: Set<string>;
}

/** All of the user's data, for pages that show it live (options, popup). */
export async function readUserData(db: GlossaryDb): Promise<UserData> {
  const [userEntries, edits, deletions, notes, known] = await Promise.all([
    db.userEntries.toArray(),
    db.edits.toArray(),
    db.deletions.toArray(),
    db.notes.toArray(),
    db.known.toArray(),
  ]);
  return {
    userEntries,
    edits,
    deletions,
    notes: new Map(notes.map((n) => [n.termId, n.text])),
    noteRows: notes,
    known: new Set(known.map((k) => k.termId)),
  };
}
