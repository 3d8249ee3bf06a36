// Keyboard access to the underlined terms: Alt+Shift+N moves to the next term on the page and
// opens its explanation as a dialog (focus moves in, Escape returns it); Alt+Shift+P goes back.
import type { PageTerm } from './page-terms';

export const NEXT_TERM_KEYS = 'Alt+Shift+N';
export const PREVIOUS_TERM_KEYS = 'Alt+Shift+P';

/** Which way a key moves: 1 for the next term, -1 for the previous, 0 for any other key. */
export function termStep(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
}

export interface TermKeys {
  /** Moves to the next or previous term (its key was pressed inside the card's frame). */
  step(by: 1 | -1): void;
  stop(): void;
}

export function watchTermKeys(
  win: Window & typeof globalThis,
  terms: () => readonly PageTerm[],
  open: (term: PageTerm) => void,
): TermKeys {
  let cursor = -1;
  let lastList: readonly PageTerm[] = [];
  const step = (by: 1 | -1) => {
    const list = terms();
    if (list.length === 0) return false;
    if (list !== lastList) {
      // The page was rescanned: keep the place by position in the new list.
      cursor = Math.min(cursor, list.length - 1);
      lastList = list;
    }
    cursor = (cursor + by + list.length) % list.length;
    const term = list[cursor]!;
    term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    open(term);
    return true;
  };
  const onKey = (e: KeyboardEvent) => {
    // Only the reader's own keys, and never while they type in one of the page's fields (on a Mac,
    // Option+Shift+N and P type characters).
    const by = termStep(e);
    if (!e.isTrusted || by === 0 || isTyping(e.target)) return;
    if (step(by)) e.preventDefault();
  };
  win.addEventListener('keydown', onKey, true);
  return {
    step: (by) => void step(by),
    stop: () => win.removeEventListener('keydown', onKey, true),
  };
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') || el.isContentEditable === true;
}
