import type { GlossaryDb } from './database';

/** Saves a note; an empty note removes it. Notes are keyed by term id and outlive any edit. */
export async function saveNote(db: GlossaryDb, termId: string, text: string): Promise<void> {
  const trimmed = text.trim();
  if (trimmed === '') await db.notes.delete(termId);
  else await db.notes.put({ termId, text: trimmed, updatedAt: Date.now() });
}
