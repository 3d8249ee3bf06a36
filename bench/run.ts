// npm run bench — every speed and size figure, measured side by side in one run on this machine.
// Prints a table and writes bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { loadShippedEntries } from '../scripts/lib/load-glossary';
import { ROOT } from '../scripts/lib/fixture-server';
import { benchBrowser } from './browser';
import { benchMatcher } from './matcher';
import { benchSearch, grown } from './search';
import { benchSizes } from './sizes';

const f1 = (n: number | null) => (n === null || Number.isNaN(n) ? 'n/a' : n.toFixed(1));
const entries = loadShippedEntries();
const skipBrowser = process.argv.includes('--no-browser');

console.log(`Benchmarks on ${entries.length} shipped entries (medians of several runs)\n`);
const matcher = await benchMatcher(entries);
console.log(`Matcher throughput on ${matcher.source}, ${matcher.forms} written forms:`);
console.log(`  ours (token trie)          ${f1(matcher.ours)} MB/s`);
console.log(`  floor (Map lookup/token)   ${f1(matcher.floor)} MB/s   ours is ${f1(matcher.floor / matcher.ours)}x the floor's time (target <= 3x)`);
console.log(`  per-term RegExp loop       ${f1(matcher.regexLoop)} MB/s   ours is ${f1(matcher.ours / matcher.regexLoop)}x faster`);
console.log(`  mark.js (Chromium)        ${matcher.markJs.toFixed(3)} MB/s   ours is ${f1(matcher.ours / matcher.markJs)}x faster (target >= 50x)`);
console.log(`Glossary compile: ${Object.entries(matcher.compileMs).map(([n, ms]) => `${n} entries ${f1(ms)} ms`).join(', ')}; index JSON ${Object.entries(matcher.indexBytes).map(([n, b]) => `${n}: ${f1(b / 1024)} KB`).join(', ')}; trie build ${f1(matcher.buildTrieMs)} ms`);

const search = [benchSearch(entries), benchSearch(grown(entries, 10_000))];
for (const s of search) console.log(`Popup search, ${s.entries} entries: ${s.medianKeystrokeMs.toFixed(2)} ms per keystroke (p95 ${s.p95KeystrokeMs.toFixed(2)} ms), index ${f1(s.buildMs)} ms`);

execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
const sizes = benchSizes();
console.log('\nSizes (with every chunk each context loads):');
for (const f of sizes.files) console.log(`  ${f.name.padEnd(15)} ${f1(f.kb).padStart(7)} KB   ${f1(f.gzipKb).padStart(6)} KB gzipped`);
for (const z of sizes.zips) console.log(`  ${z.name.padEnd(40)} ${f1(z.kb)} KB`);

let browser = null;
if (!skipBrowser) {
  browser = await benchBrowser(entries);
  console.log('\nIn Chromium with the built extension (ms from DOMContentLoaded; first load starts the background, warm = loaded again; baseline = same page, no extension):');
  console.log('  page             text    terms  first (warm)     all (warm)       longest task (base)   scripting ms (base)   heap MB (base)');
  for (const p of browser.pages) {
    console.log(
      `  ${p.page.padEnd(16)} ${`${p.textKB} KB`.padEnd(7)} ${String(p.underlines).padEnd(6)} ${`${f1(p.firstUnderlineMs)} (${f1(p.warmFirstUnderlineMs)})`.padEnd(16)} ${`${f1(p.allUnderlinedMs)} (${f1(p.warmAllUnderlinedMs)})`.padEnd(16)} ${`${f1(p.longestTaskMs)} (${f1(p.baselineLongestTaskMs)})`.padEnd(21)} ${`${f1(p.scriptingMs)} (${f1(p.baselineScriptingMs)})`.padEnd(21)} ${f1(p.heapMB)} (${f1(p.baselineHeapMB)})`,
    );
  }
  console.log('\nOur own work on the page, from a Chromium trace (script run in the extension\'s world, per task):');
  for (const p of browser.pages) {
    console.log(
      `  ${p.page.padEnd(16)} longest ${f1(p.ourLongestMs)} ms of ours in one task (worst run ${f1(p.ourLongestWorstMs)}; that task ${f1(p.ourLongestTaskMs)} ms; target <= 50), ${f1(p.ourTotalMs)} ms in ${p.ourTasks} tasks`,
    );
  }
  console.log(`  hover to visible card: ${browser.hoverToPopoverMs.toFixed(0)} ms (includes the 250 ms hover-intent delay: ${(browser.hoverToPopoverMs - 250).toFixed(0)} ms after it, measurement overhead included)`);
  console.log(`  popup open to interactive: ${browser.popupInteractiveMs} ms`);
  const o = browser.options;
  console.log(`  options page with ${o.entries} own entries added: import ${o.importMs} ms; search ${f1(o.keystrokeMs)} ms per keystroke, rendered and laid out (p95 ${f1(o.keystrokeP95Ms)} ms)`);
}

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify({ date: new Date().toISOString(), matcher, search, sizes, browser }, null, 2));
console.log('\nWrote bench/results/latest.json');
