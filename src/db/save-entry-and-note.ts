// The options editor's Save: the entry, its note and its known mark in one transaction, so a
// failure of any leaves all as they were and "Not saved" is true.
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { GlossaryDb, Note } from './database';
import { saveEntry } from './entries';
import { setKnown } from './known';
import { replaceNote } from './notes';

/** Returns the note as it was before, so that clearing a note can be undone. */
export function saveEntryAndNote(db: GlossaryDb, entry: Entry, shipped: Entry | undefined, forms: DraftForm[] | undefined, note: string, known?: boolean): Promise<Note | undefined> {
  return db.transaction('rw', [db.userEntries, db.edits, db.deletions, db.notes, db.known], async () => {
    await saveEntry(db, entry, shipped, forms);
    // Only a change is written: saving again keeps when the term was first marked.
    const wasKnown = (await db.known.get(entry.id)) !== undefined;
    if (known !== undefined && known !== wasKnown) await setKnown(db, entry.id, known);
    return replaceNote(db, entry.id, note);
  });
}
