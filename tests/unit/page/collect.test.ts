import { describe, expect, it } from 'vitest';
import { blocksText, collectBlocks, OWN_UI_ATTRIBUTE, positionInBlock } from '../../../src/page/collect';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('collectBlocks', () => {
  it('joins inline elements into one block and splits at block elements', () => {
    const doc = page('<p>Immune <b>checkpoint</b> <a href="#">inhibitors</a> help.</p><p>Second</p>');
    expect(collectBlocks(doc).map((b) => b.text)).toEqual(['Immune checkpoint inhibitors help.', 'Second']);
  });

  it('skips scripts, styles, form fields, code, navigation, footers, hidden and editable areas', () => {
    const doc = page(`
      <nav><a>cytokine menu</a></nav>
      <script>var cytokine = 1;</script><style>.cytokine{}</style>
      <textarea>cytokine</textarea><input value="cytokine">
      <code>cytokine()</code><pre>cytokine</pre>
      <div contenteditable="true">cytokine draft</div>
      <div hidden>cytokine hidden</div><div aria-hidden="true">cytokine aria</div>
      <div ${OWN_UI_ATTRIBUTE}>cytokine popover</div>
      <footer>cytokine footer</footer>
      <article><p>Cytokines in prose.</p></article>`);
    expect(blocksText(collectBlocks(doc))).toBe('Cytokines in prose.');
  });

  it('never joins the words on either side of skipped code or navigation', () => {
    const doc = page('<p>cyto<code>x</code>kines and immune<nav>menu</nav>therapy</p>');
    expect(collectBlocks(doc).map((b) => b.text)).toEqual(['cyto', 'kines and immune', 'therapy']);
  });

  it('splits words at a line break', () => {
    const doc = page('<p>checkpoint<br>inhibitor</p>');
    expect(collectBlocks(doc).map((b) => b.text)).toEqual(['checkpoint', 'inhibitor']);
  });

  it('maps a block offset back to the text node that holds it', () => {
    const doc = page('<p>Immune <b>checkpoint</b> inhibitors</p>');
    const [block] = collectBlocks(doc);
    const start = positionInBlock(block!, 7);
    expect(start.node.data).toBe('checkpoint');
    expect(start.offset).toBe(0);
    const end = positionInBlock(block!, 17, true);
    expect(end.node.data).toBe('checkpoint');
    expect(end.offset).toBe(10);
  });

  it('reads the page without changing it', () => {
    const doc = page('<main><p>T-cells and <i>cytokines</i></p></main>');
    const before = doc.body.innerHTML;
    collectBlocks(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});
