// The offline general English dictionary (WordNet), for words the medical glossary does not
// have. Pure: the dictionary is passed in, loaded by the popup only when it is needed.
import { editDistance } from '../search/edit-distance';

/** word -> [part of speech (n, v, a, r), gloss][] */
export type GeneralDictionary = Readonly<Record<string, readonly (readonly [string, string])[]>>;

export interface GeneralHit {
  word: string;
  senses: { partOfSpeech: string; gloss: string }[];
}

const PARTS: Record<string, string> = { n: 'noun', v: 'verb', a: 'adjective', r: 'adverb' };

export function lookupGeneral(dict: GeneralDictionary, query: string, lemmas: (w: string) => string[]): GeneralHit | null {
  const word = query.trim().toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(word)) return null;
  for (const candidate of lemmas(word)) {
    const senses = Object.hasOwn(dict, candidate) ? dict[candidate] : undefined;
    if (senses?.length) return { word: candidate, senses: senses.map(([p, gloss]) => ({ partOfSpeech: PARTS[p] ?? p, gloss })) };
  }
  return null;
}

/** Dictionary words within two edits of what was typed, closest first. */
export function suggestWords(dict: GeneralDictionary, query: string, limit = 5): string[] {
  const word = query.trim().toLowerCase();
  if (word.length < 3) return [];
  const found: [string, number][] = [];
  for (const w of Object.keys(dict)) {
    const d = editDistance(word, w, 2);
    if (d <= 2) found.push([w, d]);
  }
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([w]) => w);
}
