// The scan tool's output is a contract with glossary authors: keep its shape stable.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary } from '../../src/matcher/index';
import { inflections } from '../../src/matcher/nlp';
import { scanFile } from '../../scripts/lib/scan-file';
import { ENTRIES } from '../fixtures/entries';

const ROOT = join(import.meta.dirname, '../..');
const index = buildIndex(compileGlossary(ENTRIES, inflections));

describe('scan', () => {
  it('reports UTF-16 offsets into a .txt file that point at each term', () => {
    const file = join(ROOT, 'tests/fixtures/text/note.txt');
    const text = readFileSync(file, 'utf8');
    const { matches } = scanFile(index, file);
    expect(matches.map((m) => m.termId)).toEqual([
      'tumor-infiltrating-lymphocyte', 'biopsy', 'immune-checkpoint-inhibitor', 'car-t-cell-therapy', 'cytokine-release-syndrome', 'pd-l1',
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports offsets into the visible text of an .html page, skipping navigation, forms and code', () => {
    const { text, matches } = scanFile(index, join(ROOT, 'tests/fixtures/pages/article.html'));
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matches.filter((m) => m.termId === 'biopsy')).toHaveLength(1);
    expect(text).not.toContain('Biopsy services');
    expect(text).not.toContain('not a term here');
  });

  it('prints one JSON object per file with --json', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/scan.ts', '--json', 'tests/fixtures/text/note.txt', 'tests/fixtures/pages/article.html'], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; matches: { start: number; end: number; text: string; termId: string }[] });
    expect(lines.map((l) => l.file)).toEqual(['tests/fixtures/text/note.txt', 'tests/fixtures/pages/article.html']);
    expect(lines[0]!.matches.length).toBeGreaterThan(0);
    for (const m of lines[0]!.matches) expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'termId']);
  }, 60_000);
});
