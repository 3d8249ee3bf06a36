// Which entries the options list shows: words typed in the search box (term, aliases, definition,
// the user's note) and the filters. Pure, so the rules are tested without a page.
import type { MergedEntry } from '../../glossary/merge';
import type { Category } from '../../glossary/types';

export interface EntryFilter {
  query: string;
  category: Category | '';
  editedByMe: boolean;
  hasNote: boolean;
  known: boolean;
}

export const NO_FILTER: Readonly<EntryFilter> = Object.freeze({ query: '', category: '', editedByMe: false, hasNote: false, known: false });

export interface Searchable {
  m: MergedEntry;
  /** Lowercased term, aliases and definition, built once per glossary change, not per keystroke. */
  text: string;
}

export function toSearchable(merged: readonly MergedEntry[]): Searchable[] {
  return merged.map((m) => ({
    m,
    text: [m.entry.term, ...(m.entry.aliases ?? []).map((a) => a.text), m.entry.definition].join(' \u0000 ').toLowerCase(),
  }));
}

export function isFiltering(filter: EntryFilter): boolean {
  return filter.query.trim() !== '' || filter.category !== '' || filter.editedByMe || filter.hasNote || filter.known;
}

export function filterEntries(
  all: readonly Searchable[],
  filter: EntryFilter,
  notes: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
): MergedEntry[] {
  if (!isFiltering(filter)) return all.map((s) => s.m);
  const q = filter.query.trim().toLowerCase();
  const out: MergedEntry[] = [];
  for (const { m, text } of all) {
    const id = m.entry.id;
    if (filter.category && m.entry.category !== filter.category) continue;
    // "Edited by me" means anything of the user's: edits of shipped entries and their own terms.
    if (filter.editedByMe && m.origin === 'shipped') continue;
    if (filter.hasNote && !notes.has(id)) continue;
    if (filter.known && !known.has(id)) continue;
    if (q && !text.includes(q) && !(notes.get(id)?.toLowerCase().includes(q) ?? false)) continue;
    out.push(m);
  }
  return out;
}
