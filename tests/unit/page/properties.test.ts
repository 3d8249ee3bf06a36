// Properties of reading a page, for random DOM trees with odd Unicode: reading never changes the
// page, every underline range covers exactly the words the matcher reported, and reading twice
// gives the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { collectBlocks } from '../../../src/page/collect';
import { termsInBlock } from '../../../src/page/page-terms';
import { ENTRIES } from '../../fixtures/entries';

const index = buildIndex(compileGlossary(ENTRIES, inflections));
const words = ['cytokines', 'T-', 'cell', 'T cells', 'TILs', 'immune', 'checkpoint', ' inhibitor', 'PD-L1', 'biopsy', ' ', '\u00A0', '\u200B',
  '\u00AD', 'é', 'e\u0301', '\u05D0\u05D1', '😀', ', ', '. ', 'x'];
const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
interface Tree { tag: string; children: (Tree | string)[] }
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; child: Tree | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom('p', 'div', 'span', 'b', 'em', 'a', 'li', 'code', 'nav', 'br'),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }),
  child: fc.oneof({ depthSize: 'small' }, text, tie('node')),
})).node;

function build(doc: Document, t: Tree | string): Node {
  if (typeof t === 'string') return doc.createTextNode(t);
  const el = doc.createElement(t.tag);
  if (t.tag !== 'br') for (const c of t.children) el.append(build(doc, c));
  return el;
}

describe('reading random pages', () => {
  it('changes nothing, covers exactly the reported words, and is repeatable', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren(...trees.map((t) => build(document, t)));
        const before = document.body.innerHTML;
        const read = () => collectBlocks(document).flatMap((b) => termsInBlock(document, index, b).map((t) => ({ t, block: b })));
        const first = read();
        for (const { t } of first) {
          expect(t.range.toString()).toBe(t.text);
          expect(t.range.startContainer.parentElement?.closest('code, nav')).toBeNull();
        }
        expect(read().map(({ t }) => [t.termId, t.text])).toEqual(first.map(({ t }) => [t.termId, t.text]));
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
