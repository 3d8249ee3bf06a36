// Real text to measure on: ../shared/corpus when present, else a generated corpus of the same
// kind of sentences (said clearly in the output).
import { corpusAvailable, readCorpus } from '../../scripts/lib/corpus';
import type { Entry } from '../../src/glossary/types';

export function benchText(bytes: number, entries: readonly Entry[]): { text: string; source: string } {
  if (corpusAvailable()) {
    let text = '';
    for (const page of readCorpus()) {
      text += `${page.text}\n`;
      if (text.length >= bytes) break;
    }
    return { text: text.slice(0, bytes), source: '../shared/corpus (real NIH patient pages)' };
  }
  const words = ['the', 'patient', 'may', 'have', 'a', 'test', 'and', 'doctors', 'will', 'look', 'at', 'results', 'of', 'treatment'];
  let text = '';
  let i = 0;
  while (text.length < bytes) {
    const e = entries[(i * 7919) % entries.length];
    text += `${words[i % words.length]} ${words[(i * 3) % words.length]} ${e?.term ?? 'cell'} ${words[(i * 5) % words.length]}. `;
    i += 1;
  }
  return { text: text.slice(0, bytes), source: 'generated text (../shared/corpus not present)' };
}
