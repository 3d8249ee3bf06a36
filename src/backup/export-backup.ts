import type { GlossaryDb, Note } from '../db/database';
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
    notes: (await db.notes.toArray()).map((n) => ({ termId: n.termId, text: n.text, updatedAt: n.updatedAt, ...(n.seenOn ? { seenOn: n.seenOn } : {}) })),
    known: (await db.known.toArray()).map((k) => k.termId),
    settings: Object.fromEntries((await db.settings.toArray()).map((s) => [s.key, s.value])),
  }));
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#<>()!|])/g, '\\$1');

/** Notes as a Markdown list to print or share: "questions for my care team", with where each was seen. */
export function notesAsMarkdown(notes: readonly Pick<Note, 'termId' | 'text' | 'seenOn'>[], termOf: (id: string) => string | undefined): string {
  const lines = ['# Questions and notes for my care team', ''];
  for (const n of [...notes].sort((a, b) => (termOf(a.termId) ?? a.termId).localeCompare(termOf(b.termId) ?? b.termId))) {
    // Notes are the user's own text: escape Markdown so they print as written.
    lines.push(`- **${escapeMarkdown(termOf(n.termId) ?? n.termId)}**: ${escapeMarkdown(n.text).replace(/\n/g, '\n  ')}`);
    // The address went through URL parsing (no spaces or angle brackets), so it is safe in <...>.
    if (n.seenOn) lines.push(`  Seen on: ${escapeMarkdown(n.seenOn.title)} <${n.seenOn.url}>`);
  }
  return `${lines.join('\n')}\n`;
}
