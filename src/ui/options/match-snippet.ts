// Why an entry is in the search results, when its term alone does not say: the alias, the words
// of the definition or of the user's note that hold what was typed. Pure: text in, parts out; the
// list marks the match with <mark> as text.
import type { Entry } from '../../glossary/types';

export interface MatchSnippet {
  /** Where the match is: "also written", "definition", "your note". */
  where: string;
  before: string;
  match: string;
  after: string;
}

/** Characters kept on each side of a match in a definition or note. */
const AROUND = 28;

function cut(text: string, at: number, length: number, where: string, whole: boolean): MatchSnippet {
  if (whole) return { where, before: text.slice(0, at), match: text.slice(at, at + length), after: text.slice(at + length) };
  const start = Math.max(0, at - AROUND);
  const end = Math.min(text.length, at + length + AROUND);
  // Start and end at a word boundary where one is near, so no word is shown cut in half.
  const space = text.indexOf(' ', start);
  const from = start > 0 && space >= 0 && space < at ? space + 1 : start;
  const lastSpace = text.lastIndexOf(' ', end);
  const to = end < text.length && lastSpace >= at + length ? lastSpace : end;
  return {
    where,
    before: (from > 0 ? '…' : '') + text.slice(from, at),
    match: text.slice(at, at + length),
    after: text.slice(at + length, to) + (to < text.length ? '…' : ''),
  };
}

export function matchSnippet(entry: Entry, query: string, note: string | undefined): MatchSnippet | null {
  const q = query.trim().toLowerCase();
  if (!q || entry.term.toLowerCase().includes(q)) return null;
  for (const alias of entry.aliases ?? []) {
    const at = alias.text.toLowerCase().indexOf(q);
    if (at >= 0) return cut(alias.text, at, q.length, 'also written', true);
  }
  const inDefinition = entry.definition.toLowerCase().indexOf(q);
  if (inDefinition >= 0) return cut(entry.definition, inDefinition, q.length, 'definition', false);
  const inNote = note?.toLowerCase().indexOf(q) ?? -1;
  if (note && inNote >= 0) return cut(note, inNote, q.length, 'your note', false);
  return null;
}
