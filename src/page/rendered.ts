// Whether the reader can see a block of text. Hidden text is never underlined: a reader has no use
// for it, and a page could otherwise hide probe words to learn which terms the user added or
// marked as known. Checked only for blocks that hold a term, once per block and scan.
import { blockOf, type TextBlock } from './collect';

export interface RenderedCheck {
  isRendered(block: TextBlock): boolean;
  /** Blocks skipped as hidden in this scan: read again when the page changes what is shown. */
  hiddenBlocks(): readonly Element[];
  /** Forgets what was decided for hidden blocks under `root`, which is about to be read again. */
  forgetWithin(root: Element): void;
}

/** A box this small, or entirely before the page's start, is a screen-reader-only or off-screen trick. */
const MIN_SIDE_PX = 2;

export function createRenderedCheck(win: Window): RenderedCheck {
  const seen = new WeakMap<Element, boolean>();
  let hidden: Element[] = [];
  const check = (el: Element): boolean => {
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width < MIN_SIDE_PX || r.height < MIN_SIDE_PX) return false;
    return r.right + win.scrollX > 0 && r.bottom + win.scrollY > 0;
  };
  return {
    isRendered(block) {
      const el = blockOf(block.nodes[0]!);
      if (!el) return true;
      let ok = seen.get(el);
      if (ok === undefined) {
        ok = check(el);
        seen.set(el, ok);
        if (!ok) hidden.push(el);
      }
      return ok;
    },
    hiddenBlocks: () => hidden,
    forgetWithin(root) {
      hidden = hidden.filter((h) => {
        if (!root.contains(h)) return true;
        seen.delete(h);
        return false;
      });
    },
  };
}
