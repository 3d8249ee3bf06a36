import type { GlossaryDb } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** Everything the user made, read in one transaction so the file is consistent. */
export function exportBackup(db: GlossaryDb, glossaryVersion: string, now = new Date()): Promise<Backup> {
  return db.transaction('r', [db.userEntries, db.edits, db.deletions, db.notes, db.known, db.settings], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    glossaryVersion,
    entries: (await db.userEntries.toArray()).map((u) => u.entry),
    edits: (await db.edits.toArray()).map((e) => ({ entry: e.entry, base: e.base })),
    deletions: (await db.deletions.toArray()).map((d) => d.id),
    notes: (await db.notes.toArray()).map((n) => ({ termId: n.termId, text: n.text, updatedAt: n.updatedAt })),
    known: (await db.known.toArray()).map((k) => k.termId),
    settings: Object.fromEntries((await db.settings.toArray()).map((s) => [s.key, s.value])),
  }));
}

/** Notes as a Markdown list to print or share: "questions for my care team". */
export function notesAsMarkdown(notes: readonly { termId: string; text: string }[], termOf: (id: string) => string | undefined): string {
  const lines = ['# Questions and notes for my care team', ''];
  for (const n of [...notes].sort((a, b) => (termOf(a.termId) ?? a.termId).localeCompare(termOf(b.termId) ?? b.termId))) {
    // Notes are the user's own text: escape Markdown so they print as written.
    const text = n.text.replace(/([\\`*_[\]#<>])/g, '\\$1').replace(/\n/g, '\n  ');
    lines.push(`- **${(termOf(n.termId) ?? n.termId).replace(/([\\`*_[\]#<>])/g, '\\$1')}**: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
