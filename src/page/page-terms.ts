// Turns the matcher's offsets into DOM ranges over the page's own text nodes. Ranges are
// read-only views: creating them changes nothing on the page.
import { findMatches, type MatchIndex } from '../matcher/index';
import type { SenseMatch } from '../matcher/page-senses';
import { positionInBlock, type TextBlock } from './collect';

export interface PageTerm {
  termId: string;
  /** The words as the page writes them. */
  text: string;
  range: Range;
  /** Set when the page defines this abbreviation and the glossary has no entry for that sense. */
  pageDefinition?: { abbreviation: string; longForm: string };
  /** The familiarity of the words as written, when plainer than the entry ("double vision"). */
  level?: number;
  /** The entries an abbreviation may stand for, when nothing on the page decides which. */
  candidates?: string[];
}


export function termsInBlock(doc: Document, index: MatchIndex, block: TextBlock): PageTerm[] {
  return termsOfMatches(doc, block, findMatches(index, block.text));
}

/** DOM ranges for matches found in a block's text. */
export function termsOfMatches(doc: Document, block: TextBlock, matches: readonly SenseMatch[]): PageTerm[] {
  return matches.map((m) => {
    const start = positionInBlock(block, m.start);
    const end = positionInBlock(block, m.end, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return {
      termId: m.termId,
      text: block.text.slice(m.start, m.end),
      range,
      ...(m.pageDefinition ? { pageDefinition: m.pageDefinition } : {}),
      ...(m.level === undefined ? {} : { level: m.level }),
    };
  });
}
