// Matcher throughput against baselines on the same text and term list, in one process.
import { createRequire } from 'node:module';
import { buildIndex, compileGlossary, findMatches, type CompiledGlossary } from '../src/matcher/index';
import { inflections } from '../src/matcher/nlp';
import { normalizeWord, tokenize } from '../src/matcher/tokenize';
import type { Entry } from '../src/glossary/types';
import { benchText } from './lib/corpus-text';
import { launchWithExtension } from '../scripts/lib/launch-chromium';
import { mbPerSecond, medianOf, timeMs } from './lib/stats';

export interface MatcherFigures {
  source: string;
  entries: number;
  forms: number;
  ours: number;
  floor: number;
  regexLoop: number;
  markJs: number;
  compileMs: Record<string, number>;
  indexBytes: Record<string, number>;
  buildTrieMs: number;
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Baseline 1: one regular expression per written form, run over the text in a loop. */
function regexLoop(compiled: CompiledGlossary, text: string): number {
  let n = 0;
  for (const f of compiled.forms) {
    const re = new RegExp(`\\b${f.words.map(escape).join('[\\s-]+')}\\b`, f.exact ? 'g' : 'gi');
    n += text.match(re)?.length ?? 0;
  }
  return n;
}

/** The floor: lowercase token scan with one Map lookup per token, no phrases, no rules. */
function floorScan(keys: Map<string, number>, text: string): number {
  const t = tokenize(text);
  let n = 0;
  for (const w of t.norms) if (keys.has(w)) n += 1;
  return n;
}

/** Baseline 2: mark.js marking every form in a real DOM (Chromium, no extension) holding the text. */
async function markJsMBps(terms: string[], text: string): Promise<number> {
  const browser = await launchWithExtension({ extension: false });
  try {
    const page = await browser.context.newPage();
    await page.setContent('<!doctype html><body></body>');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js') });
    const ms = await page.evaluate(({ terms, text }) => {
      // One paragraph per line, as a page has it.
      for (const line of text.split('\n')) document.body.appendChild(document.createElement('p')).textContent = line;
      const t = performance.now();
      const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
      // mark.js recurses once per keyword: thousands in one call overflow the stack, so batches.
      for (let i = 0; i < terms.length; i += 200) {
        new Mark(document.body).mark(terms.slice(i, i + 200), {
          separateWordSearch: false,
          accuracy: 'exactly',
          diacritics: false, // Its diacritic classes make the expressions far longer.
        });
      }
      return performance.now() - t;
    }, { terms, text });
    return mbPerSecond(text.length, ms);
  } finally {
    await browser.close();
  }
}

export async function benchMatcher(entries: readonly Entry[]): Promise<MatcherFigures> {
  const compileMs: Record<string, number> = {};
  const indexBytes: Record<string, number> = {};
  let compiled!: CompiledGlossary;
  compileMs[`${entries.length}`] = await medianOf(3, () => timeMs(() => (compiled = compileGlossary(entries, inflections))));
  indexBytes[`${entries.length}`] = JSON.stringify(compiled).length;
  const big = Array.from({ length: Math.ceil(10_000 / entries.length) }, (_, k) =>
    entries.map((e) => ({ ...e, id: `${e.id}-${k}`, term: k ? `${e.term} ${'x'.repeat(k)}` : e.term })),
  ).flat().slice(0, 10_000);
  let bigCompiled!: CompiledGlossary;
  compileMs['10000'] = await medianOf(1, () => timeMs(() => (bigCompiled = compileGlossary(big, inflections))));
  indexBytes['10000'] = JSON.stringify(bigCompiled).length;
  const buildTrieMs = await medianOf(5, () => timeMs(() => buildIndex(compiled)));

  const index = buildIndex(compiled);
  const { text, source } = benchText(2_000_000, entries);
  const ours = await medianOf(5, () => mbPerSecond(text.length, timeMs(() => findMatches(index, text))));
  const keys = new Map(compiled.forms.filter((f) => f.words.length === 1).map((f) => [normalizeWord(f.words[0]!), f.entry]));
  const floor = await medianOf(5, () => mbPerSecond(text.length, timeMs(() => floorScan(keys, text))));
  const small = text.slice(0, 100_000);
  const regex = await medianOf(3, () => mbPerSecond(small.length, timeMs(() => regexLoop(compiled, small))));
  const tiny = text.slice(0, 10_000);
  const terms = [...new Set(compiled.forms.map((f) => f.words.join(' ')))];
  const mark = await markJsMBps(terms, tiny);
  return { source, entries: entries.length, forms: compiled.forms.length, ours, floor, regexLoop: regex, markJs: mark, compileMs, indexBytes, buildTrieMs };
}
