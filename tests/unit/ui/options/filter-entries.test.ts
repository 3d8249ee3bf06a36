import { describe, expect, it } from 'vitest';
import { filterEntries, NO_FILTER, toSearchable } from '../../../../src/ui/options/filter-entries';
import { mergeGlossary } from '../../../../src/glossary/merge';
import { ENTRIES } from '../../../fixtures/entries';

const all = toSearchable(mergeGlossary(ENTRIES, { userEntries: [], edits: [], deletions: [] }));
const ids = (query: string) => filterEntries(all, { ...NO_FILTER, query }, new Map(), new Set()).map((m) => m.entry.id);

describe('the options list search', () => {
  it('puts the term itself first, then names that start with the words, then other mentions', () => {
    const base = ENTRIES.find((e) => e.id === 'biopsy')!;
    const list = toSearchable(
      mergeGlossary(
        [
          { ...base, id: 'pathology-report', term: 'pathology report', definition: 'What the lab found in a biopsy sample.' },
          { ...base, id: 'needle-biopsy', term: 'needle biopsy' },
          base,
        ],
        { userEntries: [], edits: [], deletions: [] },
      ),
    );
    expect(filterEntries(list, { ...NO_FILTER, query: 'Biopsy' }, new Map(), new Set()).map((m) => m.entry.id)).toEqual(['biopsy', 'needle-biopsy', 'pathology-report']);
    expect(ids('keytruda')).toEqual(['pembrolizumab']);
  });

  it('shows everything, in glossary order, when nothing is typed', () => {
    expect(filterEntries(all, NO_FILTER, new Map(), new Set()).map((m) => m.entry.id)).toEqual(ENTRIES.map((e) => e.id));
  });
});
