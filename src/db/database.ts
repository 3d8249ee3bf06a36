// The user's glossary database. It holds only what the user did: their own entries, their edits
// of shipped entries, deletions, notes, "known" marks and settings. Shipped entries live in the
// bundle, so a release replaces them without touching any of this.
// Versions only move forward: never edit or delete a version() block, add a new one.
import Dexie, { type Table } from 'dexie';
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

export const DB_NAME = 'health-glossary-helper';

export class GlossaryDb extends Dexie {
  userEntries!: Table<UserEntry, string>;
  edits!: Table<EntryEdit, string>;
  deletions!: Table<Deletion, string>;
  notes!: Table<Note, string>;
  known!: Table<KnownMark, string>;
  settings!: Table<SettingRow, string>;
  meta!: Table<MetaRow, string>;

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
  }
}
