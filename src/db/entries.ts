// Writing entries: an edit of a shipped entry is stored as an edit (with the shipped text it
// started from), a new term as a user entry. Deleting a shipped entry leaves a tombstone.
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { GlossaryDb } from './database';

export async function saveEntry(db: GlossaryDb, entry: Entry, shipped: Entry | undefined, forms?: DraftForm[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.userEntries, db.edits, db.deletions, async () => {
    await db.deletions.delete(entry.id);
    if (!shipped) {
      await db.userEntries.put({ id: entry.id, entry, ...(forms ? { forms } : {}), updatedAt: now });
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

export async function deleteEntry(db: GlossaryDb, id: string, isShipped: boolean): Promise<void> {
  await db.transaction('rw', db.userEntries, db.edits, db.deletions, async () => {
    await db.userEntries.delete(id);
    await db.edits.delete(id);
    if (isShipped) await db.deletions.put({ id, deletedAt: Date.now() });
  });
}

export async function revertEntry(db: GlossaryDb, id: string): Promise<void> {
  await db.transaction('rw', db.edits, db.deletions, async () => {
    await db.edits.delete(id);
    await db.deletions.delete(id);
  });
}
