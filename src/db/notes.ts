import type { PageRef } from '../glossary/page-ref';
import { noteProblem, sentence } from '../glossary/validate-entry';
import type { GlossaryDb, Note } from './database';

/**
 * Saves a note; an empty note removes it. Notes are keyed by term id and outlive any edit.
 * A note written on a page remembers that page; an edit elsewhere keeps where it was first seen.
 */
export async function saveNote(db: GlossaryDb, termId: string, text: string, seenOn?: PageRef): Promise<void> {
  await replaceNote(db, termId, text, seenOn);
}

/** saveNote, returning the note it replaced (undefined if none), for "Undo". */
export async function replaceNote(db: GlossaryDb, termId: string, text: string, seenOn?: PageRef): Promise<Note | undefined> {
  const trimmed = text.trim();
  // The import's limit, so a note saved from anywhere is one a backup can restore.
  const problem = noteProblem(trimmed);
  if (problem) throw new RangeError(sentence(problem));
  return db.transaction('rw', db.notes, async () => {
    const before = await db.notes.get(termId);
    if (trimmed === '') await db.notes.delete(termId);
    else {
      const where = seenOn ?? before?.seenOn;
      await db.notes.put({ termId, text: trimmed, updatedAt: Date.now(), ...(where ? { seenOn: where } : {}) });
    }
    return before;
  });
}

/** Puts a note back as it was (or removes it, if there was none): the undo of clearing one. */
export async function restoreNote(db: GlossaryDb, termId: string, before: Note | undefined): Promise<void> {
  if (before) await db.notes.put(before);
  else await db.notes.delete(termId);
}
