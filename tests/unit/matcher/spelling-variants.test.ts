import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../../src/matcher/spelling-variants';
import { adverbsOf, pluralsOf } from '../../../src/matcher/word-forms';

describe('British and American spellings', () => {
  it('by rule where the rule is safe, in either direction', () => {
    expect(spellingVariants('anemia')).toContain('anaemia');
    expect(spellingVariants('haemoglobin')).toContain('hemoglobin');
    expect(spellingVariants('esophageal cancer')).toContain('oesophageal cancer');
    expect(spellingVariants('diarrhea')).toContain('diarrhoea');
    expect(spellingVariants('pediatric oncologist')).toContain('paediatric oncologist');
    expect(spellingVariants('metastasize')).toContain('metastasise');
    expect(spellingVariants('hemolytic anemia')).toContain('haemolytic anaemia');
  });

  it('from a list where a rule would misspell other words', () => {
    expect(spellingVariants('brain tumor')).toContain('brain tumour');
    expect(spellingVariants('fiber')).toContain('fibre');
    expect(spellingVariants('doctor')).toEqual([]);
    expect(spellingVariants('catheter')).toEqual([]);
    expect(spellingVariants('size')).toEqual([]);
  });
});

describe('word forms by rule', () => {
  it('plurals, Latin and Greek included', () => {
    expect(pluralsOf('hernia')).toEqual(expect.arrayContaining(['hernias']));
    expect(pluralsOf('vertebra')).toEqual(expect.arrayContaining(['vertebrae']));
    expect(pluralsOf('bacterium')).toEqual(expect.arrayContaining(['bacteria']));
    expect(pluralsOf('fungus')).toEqual(expect.arrayContaining(['fungi']));
    expect(pluralsOf('diagnosis')).toEqual(expect.arrayContaining(['diagnoses']));
    expect(pluralsOf('appendix')).toEqual(expect.arrayContaining(['appendices']));
    expect(pluralsOf('carcinoma')).toEqual(expect.arrayContaining(['carcinomas', 'carcinomata']));
    expect(pluralsOf('colitis')).toEqual([]);
  });

  it('adverbs of route adjectives', () => {
    expect(adverbsOf('intravenous')).toEqual(['intravenously']);
    expect(adverbsOf('topical')).toEqual(['topically']);
    expect(adverbsOf('subcutaneous')).toEqual(['subcutaneously']);
  });
});
