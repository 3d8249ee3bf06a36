// npm run glossary:familiarity -- [--missing] [FILE.json ...]
// For each entry: its familiarity as reviewed, and the first guess from spoken-word frequency.
// Prints entries with no level yet (with the guess), and where the editors overrode the guess.
import { readGlossaryFiles } from './lib/load-glossary';
import { suggestFamiliarity } from './lib/familiarity';
import { FAMILIARITY, type Entry } from '../src/glossary/types';

const args = process.argv.slice(2);
const onlyMissing = args.includes('--missing');
const files = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/.*\//, ''));
const counts = new Map<string, number>();
let missing = 0;
let overridden = 0;
for (const { file, data } of readGlossaryFiles()) {
  if (files.length && !files.includes(file)) continue;
  for (const e of (data as { entries: Entry[] }).entries) {
    const guess = suggestFamiliarity(e);
    counts.set(e.familiarity ?? 'none', (counts.get(e.familiarity ?? 'none') ?? 0) + 1);
    if (!e.familiarity) {
      missing += 1;
      console.log(`${file}\t${e.id}\t(none)\tguess ${guess.level}\t(rarest word "${guess.rarest}", rank ${guess.rank})`);
    } else if (!onlyMissing && e.familiarity !== guess.level) {
      overridden += 1;
      console.log(`${file}\t${e.id}\t${e.familiarity}\tguess ${guess.level}\t(rarest word "${guess.rarest}", rank ${guess.rank})`);
    }
  }
}
console.log(`\nBy level: ${[...FAMILIARITY, 'none'].map((l) => `${l} ${counts.get(l) ?? 0}`).join(', ')}`);
console.log(`${missing} without a level; ${overridden} where the editors' level differs from the guess.`);
