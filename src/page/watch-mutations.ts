// Re-underlines when the page changes, in batches: a burst of mutations causes one rescan of just
// the blocks that changed, and a page that never stops mutating is rescanned at most twice a
// second. Our own UI is ignored, so our changes never feed back into more work.
import { blockOf } from './collect';

const QUIET_MS = 150;
const MAX_WAIT_MS = 500;
/** Past this many changed places in one batch, one full rescan is cheaper than many small ones. */
const MAX_ROOTS = 40;

export type Rescan = (roots: readonly Element[] | 'all') => void;

export interface MutationWatch {
  /** Watches a shadow root too (observers do not cross into them). */
  observe(root: ShadowRoot): void;
  stop(): void;
}

// Attribute changes that commonly show hidden text (an accordion opening, a tab switching).
const SHOWING_ATTRIBUTES = ['hidden', 'open', 'class', 'style', 'aria-hidden', 'aria-expanded'];
/** Attributes whose removal (or, for `open`, whose arrival) shows what they hid. */
const TOGGLES = new Set(['hidden', 'aria-hidden', 'open']);

export function watchMutations(
  doc: Document,
  isOwnUi: (node: Node) => boolean,
  rescan: Rescan,
  /** Blocks skipped because they were hidden: an attribute change around one reads it again. */
  hiddenBlocks: () => readonly Element[] = () => [],
): MutationWatch {
  const win = doc.defaultView!;
  let timer: number | undefined;
  let first = 0;
  let last = 0;
  let roots = new Set<Element>();
  let everything = false;

  const note = (record: MutationRecord) => {
    if (record.type === 'attributes') {
      if (isOwnUi(record.target)) return false;
      // Text under these is never read while they hide it (collect.ts): read it when they stop.
      if (TOGGLES.has(record.attributeName ?? '') && !(record.target as Element).hasAttribute(record.attributeName!) === (record.attributeName !== 'open')) {
        if (roots.size < MAX_ROOTS) roots.add(record.target as Element);
        else everything = true;
        return true;
      }
      let any = false;
      for (const h of hiddenBlocks()) {
        if (roots.size < MAX_ROOTS && (record.target as Element).contains(h)) (roots.add(h), (any = true));
      }
      return any;
    }
    if (isOwnUi(record.target) || (record.type === 'childList' && onlyOwnUi(record, isOwnUi))) return false;
    const block = record.type === 'characterData' ? blockOf(record.target) : blockOrSelf(record.target);
    if (!block || block === doc.body || block === doc.documentElement || roots.size >= MAX_ROOTS) everything = true;
    else roots.add(block);
    return true;
  };

  const flush = () => {
    const batch = everything ? 'all' : outermost([...roots]);
    roots = new Set();
    everything = false;
    rescan(batch);
  };

  // The timer is never reset by a mutation (a page mutating from its own timers would starve
  // it): it checks, when it fires, whether the page went quiet or the batch waited long enough.
  const check = () => {
    const now = win.performance.now();
    const quietFor = now - last;
    if (quietFor < QUIET_MS && now - first < MAX_WAIT_MS) {
      timer = win.setTimeout(check, Math.max(1, Math.min(QUIET_MS - quietFor, first + MAX_WAIT_MS - now)));
      return;
    }
    timer = undefined;
    flush();
  };

  const observer = new win.MutationObserver((records) => {
    let relevant = false;
    for (const r of records) relevant = note(r) || relevant;
    if (!relevant) return;
    last = win.performance.now();
    if (timer === undefined) {
      first = last;
      timer = win.setTimeout(check, QUIET_MS);
    }
  });
  const options = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SHOWING_ATTRIBUTES };
  observer.observe(doc.documentElement, options);
  return { observe: (root) => observer.observe(root, options), stop: () => observer.disconnect() };
}

function blockOrSelf(node: Node): Element | null {
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null; // A shadow root: rescan its host.
  return node.nodeType === 1 ? (blockOf(node.firstChild ?? node) ?? (node as Element)) : blockOf(node);
}

/** Drops roots inside other roots: rescanning the outer one covers them. */
function outermost(roots: Element[]): Element[] {
  return roots.filter((r) => r.isConnected && !roots.some((o) => o !== r && o.contains(r)));
}

function onlyOwnUi(record: MutationRecord, isOwnUi: (node: Node) => boolean): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnUi);
}
