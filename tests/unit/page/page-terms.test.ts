import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { collectBlocks } from '../../../src/page/collect';
import { termsInBlock } from '../../../src/page/page-terms';
import { ENTRIES } from '../../fixtures/entries';

const index = buildIndex(compileGlossary(ENTRIES, inflections));

describe('termsInBlock', () => {
  it('makes ranges that cover exactly the words of each term, across inline elements', () => {
    document.body.innerHTML = '<p>Some <em>immune checkpoint</em> inhibitors and (TILs).</p>';
    const before = document.body.textContent;
    const terms = collectBlocks(document).flatMap((b) => termsInBlock(document, index, b));
    expect(terms.map((t) => [t.range.toString(), t.termId])).toEqual([
      ['immune checkpoint inhibitors', 'immune-checkpoint-inhibitor'],
      ['TILs', 'tumor-infiltrating-lymphocyte'],
    ]);
    expect(document.body.textContent).toBe(before);
  });
});
