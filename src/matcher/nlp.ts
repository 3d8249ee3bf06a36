// The only module that imports compromise. It runs where its cost is paid once: when the glossary
// is compiled (background, CLI) and when the popup lemmatizes what the user typed. Never on the
// bulk page text (compromise tokenizes at ~0.5 MB/s; the trie scan runs at tens of MB/s).
import nlp from 'compromise';
import { adverbsOf, pluralsOf } from './word-forms';

// compromise's own inflection functions, used directly: building a document to inflect one word
// costs ~4 ms, the function itself microseconds (compromise exposes them to plugins via world()).
interface Transforms {
  noun: { toPlural(w: string, model: unknown): string; toSingular(w: string, model: unknown): string };
  verb: { conjugate(w: string, model: unknown): Record<string, string> };
}
const world = (nlp as unknown as { world(): { model: unknown; methods: { two: { transform: Transforms } } } }).world();
const transform = world.methods.two.transform;

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

/** Plural of one word read as a noun, else null. */
function pluralOfWord(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower in PLURAL_OVERRIDES) return PLURAL_OVERRIDES[lower] ?? null;
  // "colitises", "genetics" as plurals would be noise: such words are not counted.
  if (/(itis|ics)$/.test(lower)) return null;
  const out = transform.noun.toPlural(word, world.model);
  return out && out.toLowerCase() !== lower && !/\s/.test(out) ? out : null;
}

/** Singular of one word, else null. */
function singularOfWord(word: string): string | null {
  const out = transform.noun.toSingular(word, world.model);
  return out && out.toLowerCase() !== word.toLowerCase() && !/\s/.test(out) ? out : null;
}

interface WordForms {
  plurals: string[];
  singular: string | null;
  verbForms: string[];
  adverbs: string[];
}

// Glossaries repeat head words ("cancer", "syndrome", "cell"): each is read by compromise once.
const wordForms = new Map<string, WordForms>();

function formsOfWord(word: string): WordForms {
  const known = wordForms.get(word);
  if (known) return known;
  const doc = nlp(word);
  const adjective = doc.has('#Adjective');
  // A glossary term names a thing: its last word takes a plural even where compromise reads it
  // alone as an adjective ("clinical trial", "stent", "antibiotic", "false positive"). The rules
  // cover what compromise misses (arrhythmias, hernias); compromise adds the irregular ones.
  const fromCompromise = adjective ? null : pluralOfWord(word);
  const plurals = [...new Set([...(fromCompromise ? [fromCompromise] : []), ...pluralsOf(word)])];
  const forms: WordForms = {
    plurals,
    singular: doc.has('#Plural') ? singularOfWord(word) : null,
    verbForms: doc.has('#Verb') ? Object.values(transform.verb.conjugate(word, world.model)).filter((f) => f && !/\s/.test(f)) : [],
    adverbs: adjective ? adverbsOf(word) : [],
  };
  wordForms.set(word, forms);
  return forms;
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
  const forms = formsOfWord(last);
  const out = new Set<string>();
  for (const p of forms.plurals) out.add(head + p);
  if (forms.singular) out.add(head + forms.singular);
  if (head === '') for (const f of [...forms.verbForms, ...forms.adverbs]) out.add(f);
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
  if (/ses$/.test(lower)) out.add(`${word.slice(0, -2)}is`);
  const doc = nlp(word);
  if (doc.has('#Verb')) {
    const inf = doc.verbs().toInfinitive().text();
    if (inf) out.add(inf);
  }
  return [...out];
}
