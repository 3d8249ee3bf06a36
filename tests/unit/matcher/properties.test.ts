// Properties that must hold for any text, including odd Unicode: offsets point at the term, no
// match sits inside a longer word, matches do not overlap, and matching is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary, findMatches } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { normalizeWord } from '../../../src/matcher/tokenize';
import { ENTRIES } from '../../fixtures/entries';

const compiled = compileGlossary(ENTRIES, inflections);
const index = buildIndex(compiled);
const formsOf = new Map<string, Set<string>>();
for (const f of compiled.forms) {
  const id = compiled.ids[f.entry]!;
  formsOf.set(id, (formsOf.get(id) ?? new Set()).add(f.words.join(' ')));
}
const pieces = ['cytokines', 'T-cell', 'T cells', 'TILs', 'ALL', 'all', 'PD-L1', 'checkpoint inhibitor', 'biopsy', 'grade', 'tumor',
  ' ', '  ', '\u00A0', '\u200B', '\u00AD', '-', ',', '. ', '\n', 'é', 'e\u0301', '\u05E9\u05DC\u05D5\u05DD', '😀', 'x', 'pre', 'ing', 'CAR'];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));
const wordChar = /[\p{L}\p{M}\p{N}]/u;

describe('matcher properties', () => {
  it('every match covers whole words that name its entry, never overlapping, same on every run', () => {
    fc.assert(
      fc.property(text, (t) => {
        const matches = findMatches(index, t);
        expect(findMatches(index, t)).toEqual(matches);
        let lastEnd = -1;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = m.end;
          const before = t.slice(0, m.start).slice(-1);
          const after = t.slice(m.end, m.end + 1);
          expect(wordChar.test(before)).toBe(false);
          expect(wordChar.test(after)).toBe(false);
          const words = (t.slice(m.start, m.end).match(/[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]+/gu) ?? []).map(normalizeWord);
          expect(formsOf.get(m.termId)?.has(words.join(' '))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
