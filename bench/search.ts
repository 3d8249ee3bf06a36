// The popup's per-keystroke search time: typing real queries one character at a time.
import { lemmas } from '../src/matcher/nlp';
import type { Entry } from '../src/glossary/types';
import { createGlossarySearch } from '../src/search/search-glossary';

const QUERIES = ['pembrolizimab', 'cytokines', 'PD1', 'keytruda', 'lymphona', 'checkpoint inhibitor', 'tumour'];

export interface SearchFigures {
  entries: number;
  medianKeystrokeMs: number;
  p95KeystrokeMs: number;
  buildMs: number;
}

export function benchSearch(entries: readonly Entry[]): SearchFigures {
  let t = performance.now();
  const search = createGlossarySearch(entries, lemmas);
  const buildMs = performance.now() - t;
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i += 1) {
      t = performance.now();
      search.search(q.slice(0, i), 8);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return {
    entries: entries.length,
    medianKeystrokeMs: times[times.length >> 1]!,
    p95KeystrokeMs: times[Math.floor(times.length * 0.95)]!,
    buildMs,
  };
}

/** The glossary grown to `n` entries by renamed copies, for the 10,000-entry figures. */
export function grown(entries: readonly Entry[], n: number): Entry[] {
  const out: Entry[] = [];
  for (let k = 0; out.length < n; k += 1) {
    for (const e of entries) {
      if (out.length >= n) break;
      out.push(k === 0 ? e : { ...e, id: `${e.id}-${k}`, term: `${e.term} ${k}`, aliases: [] });
    }
  }
  return out;
}
