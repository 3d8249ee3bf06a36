// npm run glossary:check — validates the shipped glossary and prints its figures.
import { CATEGORIES } from '../src/glossary/types';
import { checkGlossary, medianOf } from './lib/check-glossary';
import { CORPUS_FILE, NHS_CORPUS_FILE, corpusAvailable, readCorpus } from './lib/corpus';
import { readGlossaryFiles } from './lib/load-glossary';
import { sharedRuns } from './lib/overlap';

const files = readGlossaryFiles();
const { problems, entries, grades } = checkGlossary(files);
const fileOf = new Map(files.flatMap((f) => ((f.data as { entries?: { id: string }[] }).entries ?? []).map((e) => [e.id, f.file] as const)));

if (corpusAvailable()) {
  // Both corpora: the US government pages and the British NHS pages.
  const pages = [CORPUS_FILE, NHS_CORPUS_FILE].filter((f) => corpusAvailable(f)).flatMap((f) => readCorpus(f).map((p) => p.text));
  const runs = sharedRuns(entries.map((e) => ({ id: e.id, text: `${e.definition} ${e.detail ?? ''}` })), pages);
  for (const [id, run] of runs) problems.push({ file: fileOf.get(id) ?? '?', id, message: `shares 8 words with a corpus page: "${run}"` });
  console.log(`Own-words check: ${runs.size} definitions share a run of 8 words with ../shared/corpus.`);
} else {
  console.log('Own-words check skipped: ../shared/corpus is not present.');
}

console.log(`\n${entries.length} entries`);
for (const c of CATEGORIES) {
  const n = entries.filter((e) => e.category === c).length;
  if (n) console.log(`  ${c.padEnd(16)} ${n}`);
}
const g = grades.map((x) => x.grade).sort((a, b) => a - b);
if (g.length) {
  const buckets = [4, 6, 8, 10, 12, Infinity].map((hi, i, a) => {
    const lo = i === 0 ? -Infinity : a[i - 1]!;
    return `${i === 0 ? `<=${hi}` : hi === Infinity ? `>${lo}` : `${lo}-${hi}`}: ${g.filter((x) => x > lo && x <= hi).length}`;
  });
  console.log(`\nReading grade (Flesch-Kincaid): median ${medianOf(g).toFixed(1)}, max ${g[g.length - 1]!.toFixed(1)}\n  ${buckets.join('  ')}`);
}
const longest = [...entries].sort((a, b) => b.definition.length - a.definition.length).slice(0, 5);
console.log('\nLongest definitions:');
for (const e of longest) console.log(`  ${e.id} (${e.definition.split(/\s+/).length} words)`);

if (problems.length) {
  console.log(`\n${problems.length} problems:`);
  for (const p of problems) console.log(`  ${p.file}${p.id ? ` ${p.id}` : ''}: ${p.message}`);
  process.exit(1);
}
console.log('\nGlossary OK.');
