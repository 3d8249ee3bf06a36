// The only module that imports compromise. It runs where its cost is paid once: when the glossary
// is compiled (background, CLI) and when the popup lemmatizes what the user typed. Never on the
// bulk page text (compromise tokenizes at ~0.5 MB/s; the trie scan runs at tens of MB/s).
import nlp from 'compromise';

// Latin and Greek plurals compromise gets wrong, and words whose "plural" is never written.
const PLURAL_OVERRIDES: Record<string, string | null> = {
  alveolus: 'alveoli',
  bronchus: 'bronchi',
  bronchiole: 'bronchioles',
  pharynx: 'pharynges',
  larynx: 'larynges',
  thorax: 'thoraces',
  foramen: 'foramina',
  lumen: 'lumina',
  ganglion: 'ganglia',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  stoma: 'stomas',
};

/** Plural of one word if it can be a noun, else null. */
function pluralOfWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower in PLURAL_OVERRIDES) return PLURAL_OVERRIDES[lower] ?? null;
  // "colitises", "genetics" as plurals would be noise: such words are not counted.
  if (/(itis|ics)$/.test(lower)) return null;
  const doc = nlp(word);
  doc.tag('Singular'); // Read it as a noun even where compromise would guess a verb ("biopsy").
  const out = doc.nouns().toPlural().text();
  return out && out.toLowerCase() !== lower && !/\s/.test(out) ? out : null;
}

/** Singular of one word when it reads as a plural noun, else null. */
function singularOfWord(word: string): string | null {
  const doc = nlp(word);
  if (!doc.has('#Plural')) return null;
  const out = doc.nouns().toSingular().text();
  return out && out.toLowerCase() !== word.toLowerCase() && !/\s/.test(out) ? out : null;
}

/**
 * Other written forms of a phrase: the plural (or singular) of its head word, the last one,
 * and for single-word verbs their tenses ("metastasize" -> "metastasized"). Only the last word
 * changes, so hyphens and spacing of the rest stay as written.
 */
export function inflections(phrase: string): string[] {
  const match = /^(.*?)([\p{L}\p{N}]+)$/u.exec(phrase.trim());
  if (!match) return [];
  const [, head = '', last = ''] = match;
  if (/^\p{N}+$/u.test(last)) return [];
  const tagged = nlp(phrase).terms().last();
  const out = new Set<string>();
  if (!tagged.has('#Adjective') || phrase.trim() === last) {
    const plural = tagged.has('#Adjective') ? null : pluralOfWord(last);
    if (plural) out.add(head + plural);
    const singular = singularOfWord(last);
    if (singular) out.add(head + singular);
  }
  if (head === '' && tagged.has('#Verb')) {
    const forms = nlp(last).verbs().conjugate()[0] as Record<string, string> | undefined;
    for (const form of Object.values(forms ?? {})) if (form && !/\s/.test(form)) out.add(form);
  }
  out.delete(phrase);
  return [...out];
}

const SINGULAR_OVERRIDES: Record<string, string> = Object.fromEntries(
  Object.entries(PLURAL_OVERRIDES).flatMap(([singular, plural]) => (plural ? [[plural, singular]] : [])),
);

/**
 * Candidate base forms of a typed word: itself, its singular (compromise's reading, and the
 * reading as a plural noun, which fixes "biopsies"), "-ses" read as "-sis", and the verb's
 * infinitive. Wrong candidates are harmless: they are only looked up.
 */
export function lemmas(word: string): string[] {
  const out = new Set<string>([word]);
  const lower = word.toLowerCase();
  if (SINGULAR_OVERRIDES[lower]) out.add(SINGULAR_OVERRIDES[lower]);
  const singular = singularOfWord(word);
  if (singular) out.add(singular);
  const asPlural = nlp(word);
  asPlural.tag('Plural');
  const forced = asPlural.nouns().toSingular().text();
  if (forced && !/\s/.test(forced)) out.add(forced);
  if (/ses$/.test(lower)) out.add(`${word.slice(0, -2)}is`);
  const doc = nlp(word);
  if (doc.has('#Verb')) {
    const inf = doc.verbs().toInfinitive().text();
    if (inf) out.add(inf);
  }
  return [...out];
}
