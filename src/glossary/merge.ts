// The glossary as the user sees it: shipped entries, with the user's edits in place, their
// deletions gone and their own entries added. Pure, so the rules are tested without a database.
import type { Entry } from './types';
import type { DraftForm } from '../matcher/compile';

export interface UserChanges {
  userEntries: readonly { id: string; entry: Entry; forms?: DraftForm[] }[];
  edits: readonly { id: string; entry: Entry; base: Entry; forms?: DraftForm[] }[];
  deletions: readonly { id: string }[];
}

export interface MergedEntry {
  entry: Entry;
  origin: 'shipped' | 'edited' | 'user';
  /** For an edited entry: the shipped text changed since the user edited it. */
  shippedChanged?: boolean;
  /** Written forms compiled when the user saved the entry. */
  forms?: DraftForm[];
}

function sameEntry(a: Entry, b: Entry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * User entries come first, so that when a form collides the user's own entry wins. An edit of an
 * entry a later release removed (or renamed) has nothing left to replace: it stays the user's
 * own term rather than vanishing from every screen while it sits in the database.
 */
export function mergeGlossary(shipped: readonly Entry[], changes: UserChanges): MergedEntry[] {
  const deleted = new Set(changes.deletions.map((d) => d.id));
  const edits = new Map(changes.edits.map((e) => [e.id, e]));
  const shippedIds = new Set(shipped.map((e) => e.id));
  const own: MergedEntry[] = changes.userEntries
    .filter((u) => !deleted.has(u.id))
    .map((u) => ({ entry: u.entry, origin: 'user' as const, ...(u.forms ? { forms: u.forms } : {}) }));
  const ownIds = new Set(own.map((o) => o.entry.id));
  for (const e of changes.edits) {
    if (shippedIds.has(e.id) || deleted.has(e.id) || ownIds.has(e.id)) continue;
    own.push({ entry: e.entry, origin: 'user', ...(e.forms ? { forms: e.forms } : {}) });
    ownIds.add(e.id);
  }
  const fromShipped: MergedEntry[] = [];
  for (const entry of shipped) {
    if (deleted.has(entry.id) || ownIds.has(entry.id)) continue;
    const edit = edits.get(entry.id);
    fromShipped.push(
      edit
        ? { entry: edit.entry, origin: 'edited', shippedChanged: !sameEntry(edit.base, entry), ...(edit.forms ? { forms: edit.forms } : {}) }
        : { entry, origin: 'shipped' },
    );
  }
  return [...own, ...fromShipped];
}
