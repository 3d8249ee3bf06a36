import type { GlossaryDb } from './database';
import type { UserChanges } from '../glossary/merge';

export interface UserData extends UserChanges {
  notes: Map<string, string>;
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
    known: new Set(known.map((k) => k.termId)),
  };
}
