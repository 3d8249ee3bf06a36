import { describe, expect, it } from 'vitest';
import { inflections, lemmas } from '../../../src/matcher/nlp';

describe('inflections', () => {
  it('pluralizes the head word of a phrase and keeps the rest as written', () => {
    expect(inflections('checkpoint inhibitor')).toContain('checkpoint inhibitors');
    expect(inflections('tumor-infiltrating lymphocyte')).toContain('tumor-infiltrating lymphocytes');
    expect(inflections('biopsy')).toContain('biopsies');
    expect(inflections('metastasis')).toContain('metastases');
  });

  it('uses the Latin plurals compromise gets wrong', () => {
    expect(inflections('alveolus')).toContain('alveoli');
    expect(inflections('bronchus')).toContain('bronchi');
  });

  it('pluralizes nouns that compromise reads alone as adjectives, and gives adjectives their adverb', () => {
    expect(inflections('clinical trial')).toContain('clinical trials');
    expect(inflections('stent')).toContain('stents');
    expect(inflections('antibiotic')).toContain('antibiotics');
    expect(inflections('false positive')).toContain('false positives');
    expect(inflections('arrhythmia')).toContain('arrhythmias');
    expect(inflections('intravenous')).toEqual(['intravenously']);
    expect(inflections('oral')).toContain('orally');
  });

  it('does not invent plurals for -itis words or numbers', () => {
    expect(inflections('colitis').some((f) => /itises$/.test(f))).toBe(false);
    expect(inflections('PD-1')).toEqual([]);
  });
});

describe('lemmas', () => {
  it('gives the singular of a typed plural', () => {
    expect(lemmas('cytokines')).toContain('cytokine');
    expect(lemmas('biopsies')).toContain('biopsy');
    expect(lemmas('metastases')).toContain('metastasis');
    expect(lemmas('alveoli')).toContain('alveolus');
  });
});
