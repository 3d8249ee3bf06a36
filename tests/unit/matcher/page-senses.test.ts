// An abbreviation the page defines is read in the page's sense: by the entry its long form names,
// or by the one of the abbreviation's own entries that stands for it.
import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { findSenseMatches, noPageSenses } from '../../../src/matcher/page-senses';
import type { Entry } from '../../../src/glossary/types';

const sense = (id: string, expansion: string, context: string[]): Entry => ({
  id, term: 'PD', case: 'exact', expansion, definition: `Short for ${expansion}.`, category: 'condition', context, source: { publisher: 'NIH' },
});
const entries: Entry[] = [
  sense('pd-parkinson-disease', 'Parkinson disease', ['tremor', 'dopamine']),
  sense('pd-progressive-disease', 'progressive disease', ['scan', 'RECIST']),
  { id: 'pancreatitis', term: 'pancreatitis', definition: 'Swelling of the pancreas.', category: 'condition', source: { publisher: 'NIH' } },
];
const index = buildIndex(compileGlossary(entries, inflections));
const senseOfLast = (text: string, word: string) => {
  const at = text.lastIndexOf(word);
  return findSenseMatches(index, text, noPageSenses()).find((m) => m.start <= at && at < m.end);
};

describe('page senses', () => {
  it('an abbreviation defined by one of its own senses takes that sense, though no context word is near', () => {
    expect(senseOfLast('If the cancer shows progressive disease (PD), plans change. PD means growth.', 'PD')?.termId).toBe('pd-progressive-disease');
  });

  it('a long form narrowed by "chronic" still names its entry', () => {
    expect(senseOfLast('Chronic pancreatitis (CP) lasts. People with CP need care.', 'CP')?.termId).toBe('pancreatitis');
  });

  it('a long form the glossary does not know is said as the page says it', () => {
    expect(senseOfLast('Call the Patient Advice Desk (PAD) for help. The PAD is open daily.', 'PAD')?.pageDefinition).toEqual({ abbreviation: 'PAD', longForm: 'Patient Advice Desk' });
  });

  it('without a definition or a context word, an abbreviation of several senses is not guessed', () => {
    expect(senseOfLast('Bring your notes about PD.', 'PD')).toBeUndefined();
  });
});
