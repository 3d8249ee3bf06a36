// Turns the matcher's offsets into DOM ranges over the page's own text nodes. Ranges are
// read-only views: creating them changes nothing on the page.
import { findMatches, type MatchIndex } from '../matcher/index';
import { positionInBlock, type TextBlock } from './collect';

export interface PageTerm {
  termId: string;
  /** The words as the page writes them. */
  text: string;
  range: Range;
  /** Set when the page defines this abbreviation and the glossary has no entry for that sense. */
  pageDefinition?: { abbreviation: string; longForm: string };
}

/** Whether two terms share any text (they come from the same block's text nodes). */
export function overlaps(a: PageTerm, b: PageTerm): boolean {
  try {
    return a.range.compareBoundaryPoints(Range.END_TO_START, b.range) < 0 && a.range.compareBoundaryPoints(Range.START_TO_END, b.range) > 0;
  } catch {
    return false;
  }
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
