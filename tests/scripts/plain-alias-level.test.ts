// A plain-words synonym of a medical entry ("double vision" for diplopia) is not underlined by
// default: its own words are as familiar as everyday speech says, whatever its entry's level.
import { describe, expect, it } from 'vitest';
import { plainAliasLevel } from '../../scripts/lib/familiarity';
import { buildIndex, compileGlossary, findMatches } from '../../src/matcher/index';
import { formsOfEntry, type DraftForm } from '../../src/matcher/compile';
import { inflections } from '../../src/matcher/nlp';
import type { Entry } from '../../src/glossary/types';

const diplopia: Entry = {
  id: 'diplopia',
  term: 'diplopia',
  aliases: [
    { text: 'double vision', kind: 'synonym' },
    { text: 'DV', kind: 'abbreviation', case: 'exact' },
  ],
  definition: 'Seeing two of everything at once.',
  category: 'symptom',
  familiarity: 'medical',
  source: { publisher: 'MedlinePlus' },
};

describe('plain aliases', () => {
  it('are as familiar as their words; abbreviations keep their entry’s level', () => {
    const level = plainAliasLevel(diplopia);
    expect(level(diplopia.aliases![0]!)).toBe(0);
    expect(level(diplopia.aliases![1]!)).toBeUndefined();
  });

  it('carry that level to the page, so the term itself stays underlined and the plain words do not', () => {
    const memo = new WeakMap<Entry, DraftForm[]>([[diplopia, formsOfEntry(diplopia, inflections, plainAliasLevel(diplopia))]]);
    const index = buildIndex(compileGlossary([diplopia], inflections, memo));
    const text = 'Double vision, or diplopia.';
    expect(findMatches(index, text).map((m) => [text.slice(m.start, m.end), m.level])).toEqual([
      ['Double vision', 0],
      ['diplopia', undefined],
    ]);
  });
});
