import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary, findMatches } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { ENTRIES } from '../../fixtures/entries';

const index = buildIndex(compileGlossary(ENTRIES, inflections));
const found = (text: string) => findMatches(index, text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('findMatches', () => {
  it('matches plurals and other inflections of a term', () => {
    expect(found('Cytokines and biopsies.')).toEqual([['Cytokines', 'cytokine'], ['biopsies', 'biopsy']]);
    expect(found('Several metastases were seen.')).toEqual([['metastases', 'metastasis']]);
  });

  it('prefers the longest term', () => {
    expect(found('Immune checkpoint inhibitors work.')).toEqual([['Immune checkpoint inhibitors', 'immune-checkpoint-inhibitor']]);
    expect(found('A checkpoint inhibitor.')).toEqual([['checkpoint inhibitor', 'immune-checkpoint-inhibitor']]);
    expect(found('A checkpoint.')).toEqual([['checkpoint', 'checkpoint']]);
  });

  it('treats hyphen, space and case variants alike', () => {
    expect(found('T-cells, T cells, t cell and T-Cell.').map((m) => m[0])).toEqual(['T-cells', 'T cells', 't cell', 'T-Cell']);
    expect(found('Tumor-infiltrating lymphocytes, tumour infiltrating lymphocyte.').map((m) => m[1])).toEqual([
      'tumor-infiltrating-lymphocyte',
      'tumor-infiltrating-lymphocyte',
    ]);
    expect(found('PD-L1 or PDL1')).toEqual([['PD-L1', 'pd-l1'], ['PDL1', 'pd-l1']]);
  });

  it('keeps case rules for abbreviations that are also words', () => {
    expect(found('TILs (TIL) were counted.')).toEqual([['TILs', 'tumor-infiltrating-lymphocyte'], ['TIL', 'tumor-infiltrating-lymphocyte']]);
    expect(found('All patients with ALL got CAR T cells.')).toEqual([
      ['ALL', 'acute-lymphoblastic-leukemia'],
      ['CAR T', 'car-t-cell-therapy'],
    ]);
    expect(found('Park the car. all of it. Til then, crs and pd-l1.')).toEqual([]);
  });

  it('ignores an abbreviation in a shouted line that is not about it', () => {
    expect(found('ALL RIGHTS RESERVED')).toEqual([]);
    expect(found('Children with ALL.')).toEqual([['ALL', 'acute-lymphoblastic-leukemia']]);
  });

  it('never matches inside a longer word', () => {
    expect(found('cytokinesis, untilled, allocation, metastasisX')).toEqual([]);
    expect(found('precytokine cytokineX')).toEqual([]);
  });

  it('needs a neighbour word for terms that are also everyday words', () => {
    expect(found('She is in grade 5.')).toEqual([]);
    expect(found('The tumor grade is low.')).toEqual([['grade', 'tumor-grade']]);
    expect(found('The tumor was removed. Grade 5 students.')).toEqual([]);
  });

  it('does not join words across sentence punctuation', () => {
    expect(found('The T. Cells moved.')).toEqual([]);
    expect(found('immune checkpoint, inhibitor')).toEqual([['checkpoint', 'checkpoint']]);
  });

  it('returns UTF-16 offsets that point at the term, whatever comes before', () => {
    const text = '😀 naïve — cytokine';
    const [m] = findMatches(index, text);
    expect(text.slice(m!.start, m!.end)).toBe('cytokine');
  });

  it('reads an abbreviation that is also a word as the word where it is said with emphasis', () => {
    expect(found('We ALL went home.')).toEqual([]);
    expect(found('Not ALL of them.')).toEqual([]);
    expect(found('Children with ALL need care.').map(([t]) => t)).toEqual(['ALL']);
  });
});
