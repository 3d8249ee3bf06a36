// The options editor's Save: the entry and its note in one transaction, so a failure of either
// leaves both as they were and "Not saved" is true.
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { GlossaryDb, Note } from './database';
import { saveEntry } from './entries';
import { replaceNote } from './notes';

/** Returns the note as it was before, so that clearing a note can be undone. */
export function saveEntryAndNote(db: GlossaryDb, entry: Entry, shipped: Entry | undefined, forms: DraftForm[] | undefined, note: string): Promise<Note | undefined> {
  return db.transaction('rw', [db.userEntries, db.edits, db.deletions, db.notes], async () => {
    await saveEntry(db, entry, shipped, forms);
    return replaceNote(db, entry.id, note);
  });
}
