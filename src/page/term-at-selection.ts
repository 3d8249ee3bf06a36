// The glossary term at the reader's selection (a double-clicked word), whether or not it is
// underlined: the whole block is matched, so a word finds the phrase it is part of.
import type { MatchIndex } from '../matcher/index';
import { sensesOfAbbreviation } from '../matcher/page-senses';
import { blockOf, walkBlocks } from './collect';
import type { PageAbbreviations } from './page-abbreviations';
import type { PageTerm } from './page-terms';

export function termAtSelection(doc: Document, index: MatchIndex, selection: Selection | null, abbreviations: PageAbbreviations): PageTerm | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const picked = selection.getRangeAt(0);
  const root = blockOf(picked.startContainer);
  if (!root) return undefined;
  for (const block of walkBlocks(doc, root)) {
    if (!block.nodes.includes(picked.startContainer as Text)) continue;
    const found = abbreviations.termsIn(doc, index, block).find((t) => t.range.comparePoint(picked.startContainer, picked.startOffset) === 0 && t.range.comparePoint(picked.endContainer, picked.endOffset) === 0);
    if (found) return found;
    // An abbreviation of several senses that nothing on the page decides: offer them all.
    const candidates = sensesOfAbbreviation(index, picked.toString().trim());
    return candidates.length > 1 ? { termId: '', text: picked.toString().trim(), range: picked.cloneRange(), candidates } : undefined;
  }
  return undefined;
}
