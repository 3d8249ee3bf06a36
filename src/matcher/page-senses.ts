// What a page's own abbreviations mean: the glossary entry its long form names, if one does, and
// a small index of the abbreviations so that every later use on the page is read in that sense.
import type { AbbreviationDefinition } from './abbreviation-definitions';
import { findMatches } from './match';
import { normalizeWord, phraseWords } from './tokenize';
import { buildIndex, type MatchIndex } from './trie';

export interface PageSense {
  abbreviation: string;
  longForm: string;
  /** The glossary entry the long form names, or null when the glossary has no such sense. */
  termId: string | null;
}

/** The entry a long form names: one match that covers all of its words. */
export function entryForLongForm(index: MatchIndex, longForm: string): string | null {
  const text = longForm.trim();
  const ms = findMatches(index, text);
  const first = /[\p{L}\p{N}]/u.exec(text)?.index ?? 0;
  return ms.length === 1 && ms[0]!.start <= first && ms[0]!.end >= text.replace(/[^\p{L}\p{N}]+$/u, '').length ? ms[0]!.termId : null;
}

/** An index that finds the page's abbreviations (as written, and with a plural s); its ids are the abbreviations. */
export function indexOfSenses(senses: readonly PageSense[]): MatchIndex {
  const ids = senses.map((s) => s.abbreviation);
  const forms = senses.flatMap((s, entry) => {
    const base = s.abbreviation.replace(/(?<=\p{Lu})s$/u, '');
    return [base, `${base}s`].map((written) => ({ words: phraseWords(written).map(normalizeWord), exact: phraseWords(written), entry }));
  });
  return buildIndex({ ids, forms, context: senses.map(() => null), levels: senses.map(() => 3) });
}

export function senseOf(index: MatchIndex, definition: AbbreviationDefinition): PageSense {
  return { abbreviation: definition.abbreviation, longForm: definition.longForm, termId: entryForLongForm(index, definition.longForm) };
}
