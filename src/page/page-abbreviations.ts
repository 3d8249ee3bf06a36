// The abbreviations this page defines ("congenital rubella syndrome (CRS)"), learned block by block
// as the page is read (src/matcher/page-senses.ts). From then on every use of the abbreviation on
// the page is read in the page's sense; uses already underlined are corrected in place, with no
// repaint (only the card they open changes).
import type { MatchIndex } from '../matcher/index';
import { findSenseMatches, noPageSenses, pageSenseOf, type PageSense } from '../matcher/page-senses';
import type { TextBlock } from './collect';
import { termsOfMatches, type PageTerm } from './page-terms';

export interface PageAbbreviations {
  /** The terms of a block in the page's sense; calls `learned` with each abbreviation it newly defines. */
  termsIn(doc: Document, index: MatchIndex, block: TextBlock, learned?: (sense: PageSense) => void): PageTerm[];
  /** Reads an already underlined term in the page's sense. */
  apply(term: PageTerm): void;
  clear(): void;
}

export function createPageAbbreviations(): PageAbbreviations {
  let page = noPageSenses();
  return {
    termsIn(doc, index, block, learned) {
      const before = new Set(page.senses.keys());
      const matches = findSenseMatches(index, block.text, page);
      if (learned) for (const [abbr, sense] of page.senses) if (!before.has(abbr)) learned(sense);
      return termsOfMatches(doc, block, matches);
    },
    apply(term) {
      const sense = pageSenseOf(page, term.text);
      if (!sense) return;
      if (sense.termId) {
        term.termId = sense.termId;
        delete term.pageDefinition;
      } else {
        term.termId = '';
        term.pageDefinition = { abbreviation: sense.abbreviation, longForm: sense.longForm };
      }
    },
    clear() {
      page = noPageSenses();
    },
  };
}
