// Writes a checked personal glossary file in one transaction: if any write fails, none of it
// stays. Items in the file replace the same items here; everything else here is kept.
// The slow part, compiling each entry's written forms, runs first in slices that let the page
// paint a progress bar; the writes then happen together.
import type { GlossaryDb } from '../db/database';
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { Backup } from './format';

const SLICE = 250;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function compileAll(entries: readonly Entry[], formsOf: (entry: Entry) => DraftForm[], onProgress: (done: number) => void): Promise<DraftForm[][]> {
  const out: DraftForm[][] = [];
  for (let i = 0; i < entries.length; i += SLICE) {
    for (const entry of entries.slice(i, i + SLICE)) out.push(formsOf(entry));
    onProgress(out.length);
    if (out.length < entries.length) await nextTask();
  }
  return out;
}

export async function applyBackup(
  db: GlossaryDb,
  backup: Backup,
  formsOf: (entry: Entry) => DraftForm[],
  /** Called with a fraction from 0 to 1 as the file is prepared and written. */
  onProgress: (fraction: number) => void = () => {},
): Promise<void> {
  const now = Date.now();
  const all = [...backup.entries, ...backup.edits.map((e) => e.entry)];
  // Preparing is most of the time; the one transaction at the end is the last tenth.
  const forms = await compileAll(all, formsOf, (done) => onProgress((0.9 * done) / Math.max(1, all.length)));
  const own = backup.entries.length;
  await db.transaction('rw', [db.userEntries, db.edits, db.deletions, db.notes, db.known, db.settings], async () => {
    await db.userEntries.bulkPut(backup.entries.map((entry, i) => ({ id: entry.id, entry, forms: forms[i]!, updatedAt: now })));
    await db.edits.bulkPut(backup.edits.map((e, i) => ({ id: e.entry.id, entry: e.entry, base: e.base, forms: forms[own + i]!, updatedAt: now })));
    await db.deletions.bulkPut(backup.deletions.map((id) => ({ id, deletedAt: now })));
    await db.notes.bulkPut(backup.notes.map((n) => ({ termId: n.termId, text: n.text, updatedAt: n.updatedAt, ...(n.seenOn ? { seenOn: n.seenOn } : {}) })));
    await db.known.bulkPut(backup.known.map((termId) => ({ termId, markedAt: now })));
    await db.settings.bulkPut(Object.entries(backup.settings).map(([key, value]) => ({ key, value })));
  });
  onProgress(1);
}
