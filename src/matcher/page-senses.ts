// What a page's own abbreviations mean: the glossary entry its long form names, if one does, and
// a small index of the abbreviations so that every later use on the page is read in that sense.
import { findAbbreviationDefinitions, type AbbreviationDefinition } from './abbreviation-definitions';
import { findMatches, type Match } from './match';
import { normalizeWord, phraseWords } from './tokenize';
import { buildIndex, type MatchIndex } from './trie';

export interface PageSense {
  abbreviation: string;
  longForm: string;
  /** The glossary entry the long form names, or null when the glossary has no such sense. */
  termId: string | null;
}

// Words that only narrow what follows: "chronic pancreatitis (CP)" is a kind of pancreatitis.
const NARROWING = new Set(['chronic', 'acute', 'right', 'left', 'upper', 'lower', 'severe', 'mild', 'early', 'advanced', 'recurrent', 'primary']);

/**
 * The entry a long form names: one match that covers all of its words, or that covers its end
 * after words that only narrow it. Anything else is not the glossary's sense.
 */
export function entryForLongForm(index: MatchIndex, longForm: string): string | null {
  const text = longForm.trim().replace(/[^\p{L}\p{N}]+$/u, '');
  const ms = findMatches(index, text);
  const last = ms[ms.length - 1];
  if (!last || last.end < text.length) return null;
  const before = text.slice(0, last.start).toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  return before.every((w) => NARROWING.has(w)) ? last.termId : null;
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

/**
 * The sense an abbreviation's own entries give the page's long form: the one that stands for
 * exactly it ("progressive disease (PD)"), or the only one it begins ("Ornithine
 * transcarbamylase (OTC) deficiency").
 */
function senseByExpansion(index: MatchIndex, definition: AbbreviationDefinition): string | null {
  const long = phraseWords(definition.longForm).map(normalizeWord).join(' ');
  const ids = sensesOfAbbreviation(index, definition.abbreviation.replace(/(?<=\p{Lu})s$/u, ''));
  const expansionOf = (id: string) => index.expansions[index.ids.indexOf(id)] ?? null;
  const exact = ids.filter((id) => expansionOf(id) === long);
  if (exact.length === 1) return exact[0]!;
  const begun = ids.filter((id) => expansionOf(id)?.startsWith(`${long} `));
  return begun.length === 1 ? begun[0]! : null;
}

export function senseOf(index: MatchIndex, definition: AbbreviationDefinition): PageSense {
  const termId = entryForLongForm(index, definition.longForm) ?? senseByExpansion(index, definition);
  return { abbreviation: definition.abbreviation, longForm: definition.longForm, termId };
}

/** A match read in the page's sense: `pageDefinition` when only the page explains it. */
export interface SenseMatch extends Match {
  pageDefinition?: { abbreviation: string; longForm: string };
}

/** What a page has taught so far: its abbreviations' senses, and the index that finds them. */
export interface PageSenses {
  senses: Map<string, PageSense>;
  index: MatchIndex | null;
}

export const noPageSenses = (): PageSenses => ({ senses: new Map(), index: null });

/** Learns the abbreviations `text` defines (the first definition on a page counts); returns the new ones. */
export function learnSenses(index: MatchIndex, text: string, page: PageSenses): PageSense[] {
  const learned: PageSense[] = [];
  for (const d of findAbbreviationDefinitions(text)) {
    if (page.senses.has(d.abbreviation)) continue;
    const sense = senseOf(index, d);
    page.senses.set(d.abbreviation, sense);
    learned.push(sense);
  }
  if (learned.length) page.index = indexOfSenses([...page.senses.values()]);
  return learned;
}

/** The sense a page gave an abbreviation as written ("CRS", "CHDs"), if it gave one. */
export function pageSenseOf(page: PageSenses, written: string): PageSense | undefined {
  return page.senses.get(written) ?? page.senses.get(written.replace(/(?<=\p{Lu})s$/u, ''));
}

/** Reads a match in the page's sense, if the page defined it. */
export function inPageSense(page: PageSenses, m: Match, written: string): SenseMatch {
  const sense = pageSenseOf(page, written);
  if (!sense) return m;
  return sense.termId ? { ...m, termId: sense.termId } : { ...m, termId: '', pageDefinition: { abbreviation: sense.abbreviation, longForm: sense.longForm } };
}

/**
 * The terms of `text` read in the page's sense: uses of the page's abbreviations first, then the
 * glossary's matches that do not overlap them. Learns the text's own definitions first.
 */
export function findSenseMatches(index: MatchIndex, text: string, page: PageSenses): SenseMatch[] {
  learnSenses(index, text, page);
  const own = page.index ? findMatches(page.index, text).map((m) => inPageSense(page, m, text.slice(m.start, m.end))) : [];
  const rest = findMatches(index, text).filter((m) => !own.some((o) => o.start < m.end && m.start < o.end));
  return [...own, ...rest].sort((a, b) => a.start - b.start);
}

/**
 * Every entry an abbreviation as written may stand for ("MS": multiple sclerosis, mitral
 * stenosis, ...), whatever the words around it: what a card offers when nothing on the page decides.
 */
export function sensesOfAbbreviation(index: MatchIndex, written: string): string[] {
  const words = phraseWords(written);
  let node = index.root.get(normalizeWord(words[0] ?? ''));
  for (const w of words.slice(1)) node = node?.next?.get(normalizeWord(w));
  const ids = (node?.hits ?? []).filter((h) => h.exact && h.exact.join(' ') === words.join(' ')).map((h) => index.ids[h.entry]!);
  return [...new Set(ids)];
}
