import { buildIndex, compileGlossary, type MatchIndex } from '../../src/matcher/index';
import { formsOfEntry, type DraftForm } from '../../src/matcher/compile';
import type { Entry } from '../../src/glossary/types';
import { inflections } from '../../src/matcher/nlp';
import { loadShippedEntries } from './load-glossary';
import { plainAliasLevel } from './familiarity';

/** The index the extension builds from the shipped glossary, built the same way (plain aliases' levels included). */
export function shippedIndex(): MatchIndex {
  const entries = loadShippedEntries();
  const memo = new WeakMap<Entry, DraftForm[]>(entries.map((e) => [e, formsOfEntry(e, inflections, plainAliasLevel(e))]));
  return buildIndex(compileGlossary(entries, inflections, memo));
}
