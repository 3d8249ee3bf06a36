// npm run scan -- [--json] FILE... — the terms the extension would underline in each file.
import { existsSync } from 'node:fs';
import { scanFile } from './lib/scan-file';
import { shippedIndex } from './lib/shipped-index';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('Usage: npm run scan -- [--json] FILE.txt|FILE.html ...');
  process.exit(2);
}
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`No such file: ${missing.join(', ')}`);
  process.exit(2);
}
const index = shippedIndex();
for (const file of files) {
  const { matches } = scanFile(index, file);
  if (json) {
    console.log(JSON.stringify({ file, matches: matches.map(({ start, end, text, termId }) => ({ start, end, text, termId })) }));
    continue;
  }
  console.log(`${file}: ${matches.length} terms, ${new Set(matches.map((m) => m.termId)).size} different`);
  for (const m of matches) console.log(`  ${String(m.start).padStart(7)}  ${m.text}  -> ${m.termId}`);
}
