// Abbreviations a text defines for itself: "congenital rubella syndrome (CRS)" and the reverse
// "CRS (congenital rubella syndrome)". After Schwartz and Hearst (2003, "A simple algorithm for
// identifying abbreviation definitions in biomedical text"): the short form is the text in
// parentheses; the long form is the shortest run of words before it in which every letter and
// digit of the short form can be found, right to left, the first one starting a word.

export interface AbbreviationDefinition {
  abbreviation: string;
  longForm: string;
  /** Offset of the parenthesis or short form that defines it. */
  at: number;
}

const PAREN = /\(([^()]{1,40})\)/g;
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}\-&/.']{0,9}$/u;

function isShortForm(candidate: string): boolean {
  return SHORT_FORM.test(candidate) && /\p{L}/u.test(candidate) && (/\p{Lu}/u.test(candidate) || /\p{N}/u.test(candidate));
}

/** The shortest ending of `words` that spells `short`, or null (the Schwartz-Hearst match). */
export function bestLongForm(short: string, text: string): string | null {
  const s = short.toLowerCase().replace(/s$/, (m) => (short.endsWith('s') && /\p{Lu}s$/u.test(short) ? '' : m));
  const l = text.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si -= 1;
      continue;
    }
    // The first character must begin a word of the long form; the others may sit anywhere.
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li -= 1;
    if (li < 0) return null;
    si -= 1;
    li -= 1;
  }
  const start = l.lastIndexOf(' ', li) + 1;
  return text.slice(start).trim();
}

/** Every abbreviation the text defines, in order. */
export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const m of text.matchAll(PAREN)) {
    const inside = m[1]!.trim();
    const before = text.slice(0, m.index);
    if (isShortForm(inside)) {
      // Up to min(|A| + 5, |A| * 2) words before the parenthesis, within the same sentence.
      const sentence = before.split(/[.;:!?]\s/).pop() ?? before;
      const words = sentence.trim().split(/\s+/);
      const limit = Math.min(inside.length + 5, inside.length * 2);
      const window = words.slice(-limit).join(' ');
      const long = bestLongForm(inside, window);
      if (long && long.length > inside.length && long.split(/\s+/).length >= 1) out.push({ abbreviation: inside, longForm: long, at: m.index! });
    } else {
      // "CRS (congenital rubella syndrome)": the short form is the word just before.
      const word = /([\p{L}\p{N}][\p{L}\p{N}\-&/]{0,9})\s*$/u.exec(before)?.[1];
      if (word && isShortForm(word) && word === word.toUpperCase() && inside.split(/\s+/).length <= word.length + 5) {
        const long = bestLongForm(word, inside);
        if (long && long === inside) out.push({ abbreviation: word, longForm: inside, at: m.index! });
      }
    }
  }
  return out;
}
