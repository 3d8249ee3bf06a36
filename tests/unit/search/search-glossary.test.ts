import { describe, expect, it } from 'vitest';
import { lemmas } from '../../../src/matcher/nlp';
import { createGlossarySearch } from '../../../src/search/search-glossary';
import { ENTRIES } from '../../fixtures/entries';

const search = createGlossarySearch(ENTRIES, lemmas, new Map([['biopsy', 'Ask whether I need one before surgery']]));
const first = (q: string) => search.search(q)[0]?.entry.id;

describe('popup search', () => {
  it.each([
    ['cytokines', 'cytokine'],
    ['Biopsies', 'biopsy'],
    ['CRS', 'cytokine-release-syndrome'],
    ['PDL1', 'pd-l1'],
    ['pd-l1', 'pd-l1'],
    ['Keytruda', 'pembrolizumab'],
    ['tumour-infiltrating lymphocytes', 'tumor-infiltrating-lymphocyte'],
    ['pembrolizimab', 'pembrolizumab'],
    ['cytokyne', 'cytokine'],
    ['immune check', 'immune-checkpoint-inhibitor'],
    ['surgery', 'biopsy'],
  ])('“%s” finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('says how a brand was found', () => {
    expect(search.search('keytruda')[0]).toMatchObject({ reason: 'exact', via: 'Keytruda' });
  });

  it('finds nothing for nonsense or an empty query', () => {
    expect(search.search('zzqxv')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });
});
