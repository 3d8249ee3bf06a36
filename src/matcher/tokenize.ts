// A fast word tokenizer for page text. Pure: strings in, offsets out. A token is a maximal run of
// letters, combining marks, digits, soft hyphens and zero-width joiners, so a term can never match
// inside a longer word. Everything else (spaces, hyphens, apostrophes, punctuation) separates.

export interface Tokens {
  /** UTF-16 offset of each token's first character. */
  starts: number[];
  /** UTF-16 offset just past each token. */
  ends: number[];
  /** Lowercased, accent-free, invisible characters removed: what the index is keyed on. */
  norms: string[];
}

const WORD = /[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const INVISIBLE_AND_MARKS = /[\p{M}\u00AD\u200C\u200D]/gu;

/** The key form of a word: "Tumour" -> "tumour", "Sjögren" -> "sjogren", "cyto\u00ADkine" -> "cytokine". */
export function normalizeWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(INVISIBLE_AND_MARKS, '').toLowerCase();
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const norms: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const norm = normalizeWord(m[0]);
    if (norm === '') continue;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    norms.push(norm);
  }
  return { starts, ends, norms };
}

/** Words of a glossary phrase, as the tokenizer would see them on a page. */
export function phraseWords(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

// What may stand between two words of one term: spaces, hyphens and dashes, apostrophes, a slash.
// Not sentence punctuation, so "…the T. Cell…" or "tumor, infiltrating" never join.
const JOINER = /^[\s\u00A0\u2009\u202F\-\u2010\u2011\u2012\u2013'\u2019/]{1,3}$/u;

export function isJoiner(gap: string): boolean {
  return JOINER.test(gap);
}
