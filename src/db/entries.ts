// Writing entries: an edit of a shipped entry is stored as an edit (with the shipped text it
// started from), a new term as a user entry. Deleting a shipped entry leaves a tombstone.
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { Deletion, EntryEdit, GlossaryDb, UserEntry } from './database';

/** What a delete removed, so that "Undo" can put exactly that back. */
export interface DeletedEntry {
  id: string;
  userEntry?: UserEntry;
  edit?: EntryEdit;
  /** A tombstone that was already there (a shipped entry deleted before). */
  deletion?: Deletion;
}

export async function saveEntry(db: GlossaryDb, entry: Entry, shipped: Entry | undefined, forms?: DraftForm[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.userEntries, db.edits, db.deletions, async () => {
    await db.deletions.delete(entry.id);
    if (!shipped) {
      await db.userEntries.put({ id: entry.id, entry, ...(forms ? { forms } : {}), updatedAt: now });
      // An edit left behind by a release that dropped this id is now this entry: one row, not two.
      await db.edits.delete(entry.id);
      return;
    }
    const existing = await db.edits.get(entry.id);
    if (JSON.stringify(entry) === JSON.stringify(shipped)) {
      await db.edits.delete(entry.id); // Back to the shipped text: nothing of the user's to keep.
      return;
    }
    await db.edits.put({ id: entry.id, entry, ...(forms ? { forms } : {}), base: existing?.base ?? shipped, updatedAt: now });
  });
}

export async function deleteEntry(db: GlossaryDb, id: string, isShipped: boolean): Promise<DeletedEntry> {
  return db.transaction('rw', db.userEntries, db.edits, db.deletions, async () => {
    const [userEntry, edit, deletion] = await Promise.all([db.userEntries.get(id), db.edits.get(id), db.deletions.get(id)]);
    await db.userEntries.delete(id);
    await db.edits.delete(id);
    if (isShipped) await db.deletions.put({ id, deletedAt: Date.now() });
    return { id, ...(userEntry ? { userEntry } : {}), ...(edit ? { edit } : {}), ...(deletion ? { deletion } : {}) };
  });
}

/** Undoes a delete: the rows it removed come back as they were, in one transaction. */
export async function restoreDeleted(db: GlossaryDb, deleted: DeletedEntry): Promise<void> {
  await db.transaction('rw', db.userEntries, db.edits, db.deletions, async () => {
    if (deleted.deletion) await db.deletions.put(deleted.deletion);
    else await db.deletions.delete(deleted.id);
    if (deleted.userEntry) await db.userEntries.put(deleted.userEntry);
    if (deleted.edit) await db.edits.put(deleted.edit);
  });
}

/** "Use the original": drops the user's edit, and returns it so that "Undo" can put it back. */
export async function revertEntry(db: GlossaryDb, id: string): Promise<DeletedEntry> {
  return db.transaction('rw', db.edits, db.deletions, async () => {
    const [edit, deletion] = await Promise.all([db.edits.get(id), db.deletions.get(id)]);
    await db.edits.delete(id);
    await db.deletions.delete(id);
    return { id, ...(edit ? { edit } : {}), ...(deletion ? { deletion } : {}) };
  });
}
