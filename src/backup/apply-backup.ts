// Writes a checked personal glossary file in one transaction: if any write fails, none of it
// stays. Items in the file replace the same items here; everything else here is kept. The same
// transaction first keeps a snapshot of all of the user's data, which "Undo import" puts back.
// The slow part, compiling each entry's written forms, runs first in slices that let the page
// paint a progress bar; the writes then happen together.
import type { GlossaryDb } from '../db/database';
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { takeSnapshot, userTables } from '../db/snapshots';
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
  /** What the snapshot is kept for, in words: "the import of “backup.json”". */
  reason = 'an import',
): Promise<number> {
  const now = Date.now();
  const all = [...backup.entries, ...backup.edits.map((e) => e.entry)];
  // Preparing is most of the time; the one transaction at the end is the last tenth.
  const forms = await compileAll(all, formsOf, (done) => onProgress((0.9 * done) / Math.max(1, all.length)));
  const own = backup.entries.length;
  const isDefault = (key: string, value: unknown) => JSON.stringify((DEFAULT_SETTINGS as Record<string, unknown>)[key]) === JSON.stringify(value);
  const settings = Object.entries(backup.settings);
  const snapshot = await db.transaction('rw', [...userTables(db), db.snapshots], async () => {
    const id = await takeSnapshot(db, reason);
    await db.userEntries.bulkPut(backup.entries.map((entry, i) => ({ id: entry.id, entry, forms: forms[i]!, updatedAt: now })));
    await db.edits.bulkPut(backup.edits.map((e, i) => ({ id: e.entry.id, entry: e.entry, base: e.base, forms: forms[own + i]!, updatedAt: now })));
    // A term the file brings back is no longer hidden here (as saving it in the editor does).
    await db.deletions.bulkDelete(all.map((e) => e.id));
    await db.deletions.bulkPut(backup.deletions.map((id) => ({ id, deletedAt: now })));
    await db.notes.bulkPut(backup.notes.map((n) => ({ termId: n.termId, text: n.text, updatedAt: n.updatedAt, ...(n.seenOn ? { seenOn: n.seenOn } : {}) })));
    await db.known.bulkPut(backup.known.map((termId) => ({ termId, markedAt: now })));
    // Only what differs from a default is stored (as the settings section does).
    await db.settings.bulkDelete(settings.filter(([k, v]) => isDefault(k, v)).map(([k]) => k));
    await db.settings.bulkPut(settings.filter(([k, v]) => !isDefault(k, v)).map(([key, value]) => ({ key, value })));
    return id;
  });
  onProgress(1);
  return snapshot;
}
