import type { GlossaryDb } from './database';

/** Marks a term as known (it is then not underlined) or clears the mark. */
export async function setKnown(db: GlossaryDb, termId: string, known: boolean): Promise<void> {
  if (known) await db.known.put({ termId, markedAt: Date.now() });
  else await db.known.delete(termId);
}
