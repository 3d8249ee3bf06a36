// Writes a checked personal glossary file in one transaction: if any write fails, none of it
// stays. Items in the file replace the same items here; everything else here is kept.
import type { GlossaryDb } from '../db/database';
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { Backup } from './format';

export async function applyBackup(db: GlossaryDb, backup: Backup, formsOf: (entry: Entry) => DraftForm[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', [db.userEntries, db.edits, db.deletions, db.notes, db.known, db.settings], async () => {
    await db.userEntries.bulkPut(backup.entries.map((entry) => ({ id: entry.id, entry, forms: formsOf(entry), updatedAt: now })));
    await db.edits.bulkPut(backup.edits.map((e) => ({ id: e.entry.id, entry: e.entry, base: e.base, forms: formsOf(e.entry), updatedAt: now })));
    await db.deletions.bulkPut(backup.deletions.map((id) => ({ id, deletedAt: now })));
    await db.notes.bulkPut(backup.notes.map((n) => ({ termId: n.termId, text: n.text, updatedAt: n.updatedAt })));
    await db.known.bulkPut(backup.known.map((termId) => ({ termId, markedAt: now })));
    await db.settings.bulkPut(Object.entries(backup.settings).map(([key, value]) => ({ key, value })));
  });
}
