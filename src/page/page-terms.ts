// Turns the matcher's offsets into DOM ranges over the page's own text nodes. Ranges are
// read-only views: creating them changes nothing on the page.
import { findMatches, type MatchIndex } from '../matcher/index';
import { positionInBlock, type TextBlock } from './collect';

export interface PageTerm {
  termId: string;
  /** The words as the page writes them. */
  text: string;
  range: Range;
}

export function termsInBlock(doc: Document, index: MatchIndex, block: TextBlock): PageTerm[] {
  return findMatches(index, block.text).map((m) => {
    const start = positionInBlock(block, m.start);
    const end = positionInBlock(block, m.end, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return { termId: m.termId, text: block.text.slice(m.start, m.end), range };
  });
}
