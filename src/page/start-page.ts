// The content script's life on a page: get the index, underline what the page says, keep up
// with changes, and open the popover where the user points. It reads the page and never edits it.
import { buildIndex, type MatchIndex } from '../matcher/index';
import type { IndexPayload } from '../messaging/protocol';
import type { TermView } from '../glossary/term-view';
import type { PopoverHost } from '../popover/mount';
import { walkBlocks } from './collect';
import { createUnderliner } from './highlights';
import { createTermLookup } from './hit-test';
import { runInIdleChunks } from './idle-chunks';
import { termsInBlock } from './page-terms';
import { createPopoverController } from './popover-controller';
import { watchMutations } from './watch-mutations';
import { watchTermKeys } from './keyboard-nav';

export interface PageDeps {
  getIndex: () => Promise<IndexPayload>;
  lookup: (termId: string) => Promise<TermView | null>;
  onGlossaryChange: (listener: () => void) => void;
  popoverHost: PopoverHost;
}

export async function startPage(doc: Document, deps: PageDeps): Promise<void> {
  const win = doc.defaultView as Window & typeof globalThis;
  const underliner = createUnderliner(win);
  const terms = createTermLookup(doc);
  const popover = createPopoverController(win, deps.popoverHost, deps.lookup);
  let index: MatchIndex | null = null;
  let cancelScan: (() => void) | undefined;

  const scan = () => {
    if (!index || !doc.body) return;
    const current = index;
    cancelScan?.();
    underliner.clear();
    terms.clear();
    cancelScan = runInIdleChunks(win, walkBlocks(doc), (block) => {
      const found = termsInBlock(doc, current, block);
      underliner.add(found.map((t) => t.range));
      for (const t of found) terms.add(t);
    });
  };

  const loadIndex = async () => {
    index = buildIndex((await deps.getIndex()).compiled);
    scan();
  };

  let frame = 0;
  doc.addEventListener('pointermove', (e) => {
    if (frame || deps.popoverHost.contains(e.target as Node)) return;
    const { clientX, clientY } = e;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      popover.hover(terms.at(clientX, clientY));
    });
  }, { passive: true });
  doc.addEventListener('click', (e) => {
    if (deps.popoverHost.contains(e.target as Node)) return;
    const term = terms.at(e.clientX, e.clientY);
    // A term inside a link keeps the link working: hovering still explains it.
    if (term && !(e.target as Element | null)?.closest?.('a[href], button')) void popover.open(term, true);
    else if (!term && popover.current) popover.close();
  });

  watchTermKeys(win, () => terms.all(), (term) => void popover.open(term, true));
  deps.onGlossaryChange(() => void loadIndex());
  watchMutations(doc, (node) => deps.popoverHost.contains(node), scan);
  await loadIndex();
}
