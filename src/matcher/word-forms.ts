// Other written forms of a word, by rule: plurals (English, Latin and Greek: -a/-ae, -um/-a,
// -us/-i, -is/-es, -ix/-ices, -on/-a, -oma/-omata) and adverbs of adjectives (intravenous ->
// intravenously). Pure string rules with no dictionary: a wrong candidate (a plural nobody writes)
// costs only a form in the index, a missing one costs an underline, so the rules err on giving more.

/** Word endings with no written plural (inflammations, sciences, qualities of a state). */
const NO_PLURAL = /(itis|ics|ness|ism|ology|ful|ous|ly)$/i;

export function pluralsOf(word: string): string[] {
  const w = word;
  if (w.length < 3 || !/\p{Ll}$/u.test(w) || NO_PLURAL.test(w)) return [];
  const out = new Set<string>();
  const base = (n: number) => w.slice(0, w.length - n);
  if (/[^aeiou]y$/i.test(w)) out.add(`${base(1)}ies`);
  else if (/(s|x|z|ch|sh)$/i.test(w) && !/(is|us|ix|ex)$/i.test(w)) out.add(`${w}es`);
  else if (!/s$/i.test(w)) out.add(`${w}s`);
  if (/is$/i.test(w)) out.add(`${base(2)}es`); // metastasis -> metastases
  if (/us$/i.test(w)) out.add(`${base(2)}i`).add(`${w}es`); // fungus -> fungi, virus -> viruses
  if (/um$/i.test(w)) out.add(`${base(2)}a`); // bacterium -> bacteria
  if (/a$/i.test(w)) out.add(`${w}e`); // vertebra -> vertebrae (and vertebras above)
  if (/[ie]x$/i.test(w)) out.add(`${base(2)}ices`).add(`${w}es`); // appendix -> appendices
  if (/[^i]on$/i.test(w) && /(ganglion|criterion|phenomenon|spermatozoon)$/i.test(w)) out.add(`${base(2)}a`);
  if (/oma$/i.test(w)) out.add(`${w}ta`); // carcinoma -> carcinomata
  out.delete(w);
  return [...out];
}

/** Adverbs of adjectives that name how something is done (routes, manners). */
export function adverbsOf(word: string): string[] {
  if (/(ous|al|ar|ive)$/i.test(word) && word.length > 3) return [`${word}ly`];
  if (/(ent|ant)$/i.test(word) && word.length > 7) return [`${word}ly`];
  if (/ic$/i.test(word) && word.length > 4) return [`${word}ally`];
  return [];
}
