// The blocks on screen come first: a reader who reloads mid-page, or follows a link to a section,
// sees underlines where they are looking before the rest of the page is read.
import { walkBlocks, type TextBlock } from './collect';

/** The smallest element around the middle of the screen that spans the screen's height. */
function onScreenRoot(doc: Document): Element | null {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return null;
  let el = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2);
  while (el && el !== doc.body && el.getBoundingClientRect().height < win.innerHeight) el = el.parentElement;
  return el && el !== doc.body && el !== doc.documentElement ? el : null;
}

/** Every block of the page once: those of the on-screen part first, then the rest in order. */
export function* blocksVisibleFirst(doc: Document, onShadowRoot?: (shadow: ShadowRoot) => void): Generator<TextBlock> {
  // At the top of a page the screen shows its start, which document order reads first anyway;
  // asking what is on screen would force a layout of the whole page for nothing.
  const scrolled = (doc.defaultView?.scrollY ?? 0) > 0 || !!doc.location?.hash;
  const root = scrolled ? onScreenRoot(doc) : null;
  const done = new WeakSet<Text>();
  if (root) {
    for (const block of walkBlocks(doc, root, onShadowRoot)) {
      done.add(block.nodes[0]!);
      yield block;
    }
  }
  for (const block of walkBlocks(doc, undefined, onShadowRoot)) if (!done.has(block.nodes[0]!)) yield block;
}
