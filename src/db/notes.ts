import type { PageRef } from '../glossary/page-ref';
import type { GlossaryDb } from './database';

/**
 * Saves a note; an empty note removes it. Notes are keyed by term id and outlive any edit.
 * A note written on a page remembers that page; an edit elsewhere keeps where it was first seen.
 */
export async function saveNote(db: GlossaryDb, termId: string, text: string, seenOn?: PageRef): Promise<void> {
  const trimmed = text.trim();
  await db.transaction('rw', db.notes, async () => {
    if (trimmed === '') return void (await db.notes.delete(termId));
    const where = seenOn ?? (await db.notes.get(termId))?.seenOn;
    await db.notes.put({ termId, text: trimmed, updatedAt: Date.now(), ...(where ? { seenOn: where } : {}) });
  });
}
