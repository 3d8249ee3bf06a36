// The abbreviations this page defines ("congenital rubella syndrome (CRS)"), learned block by block
// as the page is read. From then on every use of the abbreviation on the page is read in the
// page's sense: the glossary entry its long form names, or, where the glossary has none, what
// the page says it stands for. Uses already underlined are corrected in place (no repaint).
import { findAbbreviationDefinitions } from '../matcher/abbreviation-definitions';
import { indexOfSenses, senseOf, type PageSense } from '../matcher/page-senses';
import type { MatchIndex } from '../matcher/index';
import type { TextBlock } from './collect';
import { termsInBlock, type PageTerm } from './page-terms';

export interface PageAbbreviations {
  /** Learns the definitions in a block; returns the abbreviations newly learned. */
  learn(index: MatchIndex, block: TextBlock): PageSense[];
  /** The uses of the page's abbreviations in a block, each in the page's sense. */
  termsIn(doc: Document, block: TextBlock): PageTerm[];
  /** Reads a term in the page's sense if the page defined its abbreviation. */
  apply(term: PageTerm): PageTerm;
  clear(): void;
}

export function createPageAbbreviations(): PageAbbreviations {
  let senses = new Map<string, PageSense>();
  let index: MatchIndex | null = null;
  const lookup = (text: string) => senses.get(text) ?? senses.get(text.replace(/(?<=\p{Lu})s$/u, ''));
  const apply = (term: PageTerm): PageTerm => {
    const sense = lookup(term.text);
    if (!sense) return term;
    if (sense.termId) {
      term.termId = sense.termId;
      delete term.pageDefinition;
    } else {
      // No glossary sense: the card says what the page says, and no entry is shown for it.
      term.termId = '';
      term.pageDefinition = { abbreviation: sense.abbreviation, longForm: sense.longForm };
    }
    return term;
  };
  return {
    learn(current, block) {
      const learned: PageSense[] = [];
      for (const d of findAbbreviationDefinitions(block.text)) {
        // The first definition on the page is the one that counts.
        if (senses.has(d.abbreviation)) continue;
        const sense = senseOf(current, d);
        senses.set(d.abbreviation, sense);
        learned.push(sense);
      }
      if (learned.length) index = indexOfSenses([...senses.values()]);
      return learned;
    },
    termsIn(doc, block) {
      return index ? termsInBlock(doc, index, block).map(apply) : [];
    },
    apply,
    clear() {
      senses = new Map();
      index = null;
    },
  };
}
