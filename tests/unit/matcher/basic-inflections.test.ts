import { describe, expect, it } from 'vitest';
import { basicInflections } from '../../../src/matcher/basic-inflections';

describe('basicInflections', () => {
  it.each([
    ['watchful waiting', ['watchful waitings']],
    ['biopsy', ['biopsies']],
    ['stress test', ['stress tests']],
    ['rash', ['rashes']],
    ['colitis', []],
    ['virus', []],
    ['PD-1', []],
    ['CT', []],
  ])('%s -> %j', (phrase, forms) => {
    expect(basicInflections(phrase)).toEqual(forms);
  });
});
