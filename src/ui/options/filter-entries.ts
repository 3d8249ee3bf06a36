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
  // Best matches first: the term itself, then terms and aliases that start with the words, then
  // any other mention (a definition, a note). The list order is kept within each group.
  const groups: MergedEntry[][] = [[], [], [], []];
  const rank = (m: MergedEntry) => {
    const names = [m.entry.term, ...(m.entry.aliases ?? []).map((a) => a.text)].map((n) => n.toLowerCase());
    if (names.includes(q)) return 0;
    if (names.some((n) => n.startsWith(q))) return 1;
    return names.some((n) => n.includes(q)) ? 2 : 3;
  };
  for (const { m, text } of all) {
    const id = m.entry.id;
    if (filter.category && m.entry.category !== filter.category) continue;
    // "Edited by me" means anything of the user's: edits of shipped entries and their own terms.
    if (filter.editedByMe && m.origin === 'shipped') continue;
    if (filter.hasNote && !notes.has(id)) continue;
    if (filter.known && !known.has(id)) continue;
    if (q && !text.includes(q) && !(notes.get(id)?.toLowerCase().includes(q) ?? false)) continue;
    groups[q ? rank(m) : 0]!.push(m);
  }
  return groups.flat();
}
