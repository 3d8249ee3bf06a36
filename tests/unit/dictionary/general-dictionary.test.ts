import { describe, expect, it } from 'vitest';
import { lookupGeneral, suggestWords, type GeneralDictionary } from '../../../src/dictionary/general-dictionary';
import { lemmas } from '../../../src/matcher/nlp';

const dict = {
  ladder: [['n', 'steps between two long sides']],
  walk: [['v', 'move on foot'] as const, ['n', 'a trip on foot'] as const],
  constructor: [['n', 'a person who builds']],
} as unknown as GeneralDictionary;

describe('general dictionary', () => {
  it('finds a word by its base form and names each part of speech', () => {
    expect(lookupGeneral(dict, 'Ladders', lemmas)).toEqual({ word: 'ladder', senses: [{ partOfSpeech: 'noun', gloss: 'steps between two long sides' }] });
    expect(lookupGeneral(dict, 'walked', lemmas)?.senses.map((s) => s.partOfSpeech)).toEqual(['verb', 'noun']);
  });

  it('finds nothing for nonsense, phrases or object keys', () => {
    expect(lookupGeneral(dict, 'zzqx', lemmas)).toBeNull();
    expect(lookupGeneral(dict, 'two words', lemmas)).toBeNull();
    expect(lookupGeneral({}, 'constructor', lemmas)).toBeNull();
  });

  it('suggests close spellings', () => {
    expect(suggestWords(dict, 'ladedr')).toEqual(['ladder']);
    expect(suggestWords(dict, 'qqqqqq')).toEqual([]);
  });
});
