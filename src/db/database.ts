// The user's glossary database. It holds only what the user did: their own entries, their edits
// of shipped entries, deletions, notes, "known" marks and settings. Shipped entries live in the
// bundle, so a release replaces them without touching any of this.
// Versions only move forward: never edit or delete a version() block, add a new one.
import Dexie, { type Table, type Transaction } from 'dexie';
import { idForTerm } from '../glossary/validate-entry';
import type { Entry } from '../glossary/types';
import type { DraftForm } from '../matcher/compile';
import type { PageRef } from '../glossary/page-ref';

export interface UserEntry {
  id: string;
  entry: Entry;
  /** Its written forms, compiled with compromise where the user saved it (not in the background). */
  forms?: DraftForm[];
  updatedAt: number;
}

export interface EntryEdit {
  id: string;
  /** The entry as the user wants it. */
  entry: Entry;
  forms?: DraftForm[];
  /** The shipped entry the edit started from, to tell when a release changed it since. */
  base: Entry;
  updatedAt: number;
}

export interface Deletion {
  id: string;
  deletedAt: number;
}

export interface Note {
  termId: string;
  text: string;
  updatedAt: number;
  /** The page the note was written on, when it was written in a page's popover. */
  seenOn?: PageRef;
}

export interface KnownMark {
  termId: string;
  markedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Everything of the user's, as a snapshot taken before an import replaced some of it. */
export interface UserTables {
  userEntries: UserEntry[];
  edits: EntryEdit[];
  deletions: Deletion[];
  notes: Note[];
  known: KnownMark[];
  settings: SettingRow[];
}

export interface Snapshot {
  id?: number;
  takenAt: number;
  /** Why it was taken, in words: "the import of “backup.json”". */
  reason: string;
  data: UserTables;
}

export const DB_NAME = 'health-glossary-helper';

export class GlossaryDb extends Dexie {
  userEntries!: Table<UserEntry, string>;
  edits!: Table<EntryEdit, string>;
  deletions!: Table<Deletion, string>;
  notes!: Table<Note, string>;
  known!: Table<KnownMark, string>;
  settings!: Table<SettingRow, string>;
  meta!: Table<MetaRow, string>;
  snapshots!: Table<Snapshot, number>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      userEntries: 'id, updatedAt',
      edits: 'id, updatedAt',
      deletions: 'id',
      notes: 'termId, updatedAt',
      known: 'termId',
      settings: 'key',
      meta: 'key',
    });
    // 2: snapshots of the user's data taken before an import, so that an import can be undone.
    // Also gives a term saved with the empty id (non-Latin terms, before ids had a hash) its id.
    this.version(2)
      .stores({
        userEntries: 'id, updatedAt',
        edits: 'id, updatedAt',
        deletions: 'id',
        notes: 'termId, updatedAt',
        known: 'termId',
        settings: 'key',
        meta: 'key',
        snapshots: '++id, takenAt',
      })
      .upgrade((tx) => reidEmptyTerm(tx));
  }
}

/** A term stored under the id "" could not be opened, looked up or imported: give it its real id. */
async function reidEmptyTerm(tx: Transaction): Promise<void> {
  const entries = tx.table<UserEntry, string>('userEntries');
  const notes = tx.table<Note, string>('notes');
  const broken = await entries.get('');
  if (!broken) return;
  const id = idForTerm(broken.entry.term);
  if (await entries.get(id)) return; // Never lose a term: a clash leaves both as they were.
  await entries.delete('');
  await entries.put({ ...broken, id, entry: { ...broken.entry, id } });
  const note = await notes.get('');
  if (note && !(await notes.get(id))) {
    await notes.delete('');
    await notes.put({ ...note, termId: id });
  }
}
