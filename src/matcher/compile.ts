// Compiles glossary entries into a flat, JSON-serializable table of written forms. This is where
// inflections are generated (once, not per page); the content script receives the table from the
// background and builds its trie from it without needing compromise.
import type { Alias, Entry } from '../glossary/types';
import { normalizeWord, phraseWords } from './tokenize';
import { spellingVariants } from './spelling-variants';
import { rankOf } from '../glossary/familiarity';

export interface Form {
  /** Normalized words, the trie path. */
  words: string[];
  /** Index of the entry in `CompiledGlossary.ids`. */
  entry: number;
  /** When the spelling's case matters (abbreviations such as CAR, ALL): the words as written. */
  exact?: string[];
  /** A plain-words alias ("double vision" for diplopia) is as familiar as its words, below its entry. */
  level?: number;
}

export interface CompiledGlossary {
  ids: string[];
  forms: Form[];
  /** Per entry: normalized words that must occur near the term, or null when no rule applies. */
  context: (string[] | null)[];
  /** Per entry: how unfamiliar it is to a lay adult (0 everyday ... 3 specialist); decides what is underlined. */
  levels: number[];
  /** Per entry: what an abbreviation's entry stands for, normalized ("progressive disease"), else null. */
  expansions?: (string | null)[];
}

export type Inflect = (phrase: string) => string[];

interface Phrase {
  text: string;
  exact: boolean;
  level?: number;
}

/** How familiar an alias's own words are, where that is below its entry's level; else undefined. */
export type AliasLevel = (alias: Alias) => number | undefined;

function phrasesOf(entry: Entry, aliasLevel?: AliasLevel): Phrase[] {
  const out: Phrase[] = [{ text: entry.term, exact: entry.case === 'exact' }];
  for (const alias of entry.aliases ?? []) {
    const level = aliasLevel?.(alias);
    out.push({ text: alias.text, exact: alias.case === 'exact', ...(level === undefined ? {} : { level }) });
  }
  return out;
}

// A disease or syndrome named after a person is also written with the possessive ("Aicardi's
// syndrome", "Downs syndrome").
const EPONYM = /^(\p{Lu}\p{Ll}+) (disease|syndrome|lymphoma|sarcoma|palsy|anomaly|disorder|tumou?r|ataxia|dystrophy)$/u;

/** Written variants of one phrase: itself, its inflections, and "PD-L1" also as "PDL1". */
function variantsOf(phrase: Phrase, inflect: Inflect): string[] {
  const variants = [phrase.text];
  if (phrase.exact) {
    // Abbreviations take a bare "s" ("TILs", "CARs"); compromise would mangle them ("PDs-1").
    if (/[\p{Lu}\p{N}]$/u.test(phrase.text)) variants.push(`${phrase.text}s`);
  } else {
    const eponym = EPONYM.exec(phrase.text);
    const possessives = eponym ? [`${eponym[1]}'s ${eponym[2]}`, `${eponym[1]}s ${eponym[2]}`] : [];
    // British and American spellings, each with its own inflections ("tumours", "oedemas").
    for (const spelling of [phrase.text, ...possessives, ...spellingVariants(phrase.text)]) {
      if (spelling !== phrase.text) variants.push(spelling);
      variants.push(...inflect(spelling));
    }
  }
  const joined: string[] = [];
  for (const v of variants) {
    if (!/\s/.test(v) && /[-\u2010\u2011]/.test(v)) joined.push(phraseWords(v).join(''));
  }
  return [...variants, ...joined];
}

/** A written form before it is numbered: what an entry compiles to on its own. */
export type DraftForm = Omit<Form, 'entry'>;

/** The written forms of one entry. Pure in its inputs, so callers may memoize it per entry object. */
export function formsOfEntry(entry: Entry, inflect: Inflect, aliasLevel?: AliasLevel): DraftForm[] {
  const out: DraftForm[] = [];
  const seen = new Set<string>();
  for (const phrase of phrasesOf(entry, aliasLevel)) {
    for (const variant of variantsOf(phrase, inflect)) {
      const written = phraseWords(variant).map((w) => w.replace(/[\u00AD\u200C\u200D]/g, ''));
      if (written.length === 0) continue;
      const words = written.map(normalizeWord);
      const key = phrase.exact ? `E${written.join(' ')}` : `A${words.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const level = phrase.level === undefined ? {} : { level: phrase.level };
      out.push(phrase.exact ? { words, exact: written, ...level } : { words, ...level });
    }
  }
  return out;
}

export function compileGlossary(
  entries: readonly Entry[],
  inflect: Inflect,
  memo?: WeakMap<Entry, DraftForm[]>,
  /** The rank of each entry; by default its familiarity (the user's own terms pass a higher one). */
  rank: (entry: Entry, index: number) => number = (entry) => rankOf(entry),
): CompiledGlossary {
  const forms: Form[] = [];
  entries.forEach((entry, index) => {
    let drafts = memo?.get(entry);
    if (!drafts) {
      drafts = formsOfEntry(entry, inflect);
      memo?.set(entry, drafts);
    }
    for (const d of drafts) forms.push({ ...d, entry: index });
  });
  const context = entries.map((e) =>
    e.context ? [...new Set(e.context.flatMap((w) => { const n = normalizeWord(w); return [n, `${n}s`]; }))] : null,
  );
  const expansions = entries.map((e) => (e.expansion ? phraseWords(e.expansion).map(normalizeWord).join(' ') : null));
  return { ids: entries.map((e) => e.id), forms, context, levels: entries.map(rank), expansions };
}
