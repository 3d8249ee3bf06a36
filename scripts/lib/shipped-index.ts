import { buildIndex, compileGlossary, type MatchIndex } from '../../src/matcher/index';
import { inflections } from '../../src/matcher/nlp';
import { loadShippedEntries } from './load-glossary';

/** The index the extension builds from the shipped glossary, built the same way. */
export function shippedIndex(): MatchIndex {
  return buildIndex(compileGlossary(loadShippedEntries(), inflections));
}
