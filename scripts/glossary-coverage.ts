// npm run glossary:coverage -- FILE|DIR|JSONL... — how much of real pages' jargon the shipped
// glossary covers, what jargon is missing (most frequent first), and the own-words check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CORPUS_FILE, NHS_CORPUS_FILE, corpusAvailable } from './lib/corpus';
import { LOWEST_UNDERLINED, rankOf } from '../src/glossary/familiarity';
import { loadJargonTest } from './lib/jargon-words';
import { loadShippedEntries } from './lib/load-glossary';
import { sharedRuns } from './lib/overlap';
import { scanBlocks, scanFile } from './lib/scan-file';
import { shippedIndex } from './lib/shipped-index';
import { tokenize } from '../src/matcher/tokenize';

const args = process.argv.slice(2);
const inputs = args.length ? args : [CORPUS_FILE, NHS_CORPUS_FILE].filter((f) => corpusAvailable(f));
if (inputs.length === 0) {
  console.error('Usage: npm run glossary:coverage -- FILE|DIR|JSONL ... (../shared/corpus is not present)');
  process.exit(2);
}

function* texts(path: string): Generator<string> {
  if (statSync(path).isDirectory()) {
    for (const f of readdirSync(path)) yield* texts(join(path, f));
  } else if (extname(path) === '.jsonl') {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) yield (JSON.parse(line) as { text: string }).text;
  } else if (/\.(txt|html?)$/.test(path)) {
    yield scanFile(index, path).text;
  }
}

const index = shippedIndex();
const isJargon = loadJargonTest();
const entries = loadShippedEntries();
const rank = new Map(entries.map((e) => [e.id, rankOf(e)] as const));
const LEVELS = ['all', 'default', 'fewer'] as const;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0');
const allTexts: string[] = [];

// Each corpus on its own (US government pages and British NHS pages differ), by underline level.
for (const input of inputs) {
  const found = new Map<string, number>();
  const words_ = new Map<string, number>();
  const missing = new Map<string, number>();
  const perLevel = { all: 0, default: 0, fewer: 0 };
  const shownAt = (m: { termId: string; level?: number }, level: (typeof LEVELS)[number]) => (m.level ?? rank.get(m.termId) ?? 2) >= LOWEST_UNDERLINED[level];
  let pages = 0;
  let words = 0;
  let jargonTokens = 0;
  let jargonCovered = 0;
  for (const text of texts(input)) {
    pages += 1;
    allTexts.push(text);
    const { matches: ms } = scanBlocks(index, text.split('\n'));
    for (const m of ms) {
      for (const level of LEVELS) if (shownAt(m, level)) perLevel[level] += 1;
      found.set(m.termId, (found.get(m.termId) ?? 0) + 1);
      if (shownAt(m, 'default')) {
        const w = text.slice(m.start, m.end).toLowerCase();
        words_.set(w, (words_.get(w) ?? 0) + 1);
      }
    }
    const t = tokenize(text);
    words += t.norms.length;
    let k = 0;
    for (let i = 0; i < t.norms.length; i += 1) {
      if (!isJargon(t.norms[i]!)) continue;
      jargonTokens += 1;
      // Covered when a match spans this word (split on newlines and joined again: same offsets).
      const start = t.starts[i]!;
      while (k < ms.length && ms[k]!.end <= start) k += 1;
      if (k < ms.length && ms[k]!.start <= start) jargonCovered += 1;
      else missing.set(t.norms[i]!, (missing.get(t.norms[i]!) ?? 0) + 1);
    }
  }
  console.log(`\n== ${input.replace(/.*\//, '')}: ${pages} pages, ${words} words, ${found.size} different entries used`);
  console.log(`Underlines per 100 words: every word ${pct(perLevel.all, words)}, default ${pct(perLevel.default, words)}, fewer ${pct(perLevel.fewer, words)}`);
  console.log(`Terms per page: every word ${(perLevel.all / Math.max(1, pages)).toFixed(1)}, default ${(perLevel.default / Math.max(1, pages)).toFixed(1)}`);
  console.log(`Jargon-looking words covered by an entry: ${jargonCovered} of ${jargonTokens} (${pct(jargonCovered, jargonTokens)}%)`);
  console.log('Most frequent words underlined by default:');
  console.log(`  ${[...words_].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([w, n]) => `${w} ${n}`).join(', ')}`);
  console.log('Most frequent jargon-looking words not covered:');
  console.log(`  ${[...missing].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([w, n]) => `${w} ${n}`).join(', ')}`);
}


const runs = sharedRuns(entries.map((e) => ({ id: e.id, text: `${e.definition} ${e.detail ?? ''}` })), allTexts);
console.log(`\nOwn-words check: ${runs.size} definitions share a run of 8 words with these pages.`);
for (const [id, run] of runs) console.log(`  ${id}: "${run}"`);

// Definitions must be plain: a jargon-looking word in a definition should itself be a glossary
// term (then the popover's own text is explained too) or be replaced by an everyday word.
const unexplained = new Map<string, string[]>();
for (const e of entries) {
  const { matches: ms } = scanBlocks(index, [e.definition]);
  const t = tokenize(e.definition);
  for (let i = 0; i < t.norms.length; i += 1) {
    const w = t.norms[i]!;
    if (!isJargon(w) || ms.some((m) => m.start <= t.starts[i]! && t.starts[i]! < m.end)) continue;
    unexplained.set(w, [...(unexplained.get(w) ?? []), e.id]);
  }
}
const withJargon = new Set([...unexplained.values()].flat());
console.log(`\nDefinitions using a jargon-looking word that is not a glossary term: ${withJargon.size} of ${entries.length}`);
for (const [w, ids] of [...unexplained].sort((a, b) => b[1].length - a[1].length).slice(0, 20)) {
  console.log(`  ${String(ids.length).padStart(4)}  ${w} (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', ...' : ''})`);
}
