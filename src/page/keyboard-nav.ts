// Keyboard access to the underlined terms: Alt+Shift+N moves to the next term on the page and
// opens its explanation as a dialog (focus moves in, Escape returns it); Alt+Shift+P goes back.
import type { PageTerm } from './page-terms';

export const NEXT_TERM_KEYS = 'Alt+Shift+N';
export const PREVIOUS_TERM_KEYS = 'Alt+Shift+P';

export function watchTermKeys(
  win: Window & typeof globalThis,
  terms: () => readonly PageTerm[],
  open: (term: PageTerm) => void,
): () => void {
  let cursor = -1;
  let lastList: readonly PageTerm[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    const step = e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
    const list = terms();
    if (step === 0 || list.length === 0) return;
    e.preventDefault();
    if (list !== lastList) {
      // The page was rescanned: keep the place by position in the new list.
      cursor = Math.min(cursor, list.length - 1);
      lastList = list;
    }
    cursor = (cursor + step + list.length) % list.length;
    const term = list[cursor]!;
    term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    open(term);
  };
  win.addEventListener('keydown', onKey, true);
  return () => win.removeEventListener('keydown', onKey, true);
}
