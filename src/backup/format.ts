// The personal glossary file: everything the user made, nothing that shipped. Versioned, so a
// later release can still read files written by this one.
import type { Entry } from '../glossary/types';
import type { PageRef } from '../glossary/page-ref';

// The limits are the glossary's, one set for the editor, the import and the export.
export { LIMITS } from '../glossary/limits';

export const BACKUP_FORMAT = 'health-glossary-helper/personal-glossary';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** The extension release that wrote the file. */
  glossaryVersion: string;
  /** Terms the user added. */
  entries: Entry[];
  /** The user's versions of shipped entries, with the shipped text each started from. */
  edits: { entry: Entry; base: Entry }[];
  /** Shipped entries the user deleted. */
  deletions: string[];
  notes: { termId: string; text: string; updatedAt: number; seenOn?: PageRef }[];
  known: string[];
  settings: Record<string, unknown>;
}
