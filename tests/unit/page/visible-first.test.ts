import { describe, expect, it } from 'vitest';
import { blocksVisibleFirst } from '../../../src/page/visible-first';

describe('blocksVisibleFirst', () => {
  it('yields every block exactly once, in document order when nothing is known of the screen', () => {
    document.body.innerHTML = '<section><p>one</p><p>two</p></section><p>three</p>';
    expect([...blocksVisibleFirst(document)].map((b) => b.text)).toEqual(['one', 'two', 'three']);
  });

  it('starts with the part of the page on screen, then the rest, without repeats', () => {
    document.body.innerHTML = '<p>top</p><section id="s"><p>middle a</p><p>middle b</p></section><p>end</p>';
    const section = document.getElementById('s')!;
    document.elementFromPoint = () => section.firstElementChild;
    section.getBoundingClientRect = () => ({ height: 10_000 }) as DOMRect;
    // At the top of the page, document order is screen order: nothing is asked of the layout.
    expect([...blocksVisibleFirst(document)].map((b) => b.text)).toEqual(['top', 'middle a', 'middle b', 'end']);
    Object.defineProperty(window, 'scrollY', { value: 500, configurable: true });
    expect([...blocksVisibleFirst(document)].map((b) => b.text)).toEqual(['middle a', 'middle b', 'top', 'end']);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });
});
