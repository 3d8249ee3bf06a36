// Re-underlines when the page changes, in batches: a burst of mutations causes one rescan, and
// a page that never stops mutating is rescanned at most twice a second. Our own UI is ignored,
// so our changes never feed back into more work.

const QUIET_MS = 150;
const MAX_WAIT_MS = 500;

export function watchMutations(doc: Document, isOwnUi: (node: Node) => boolean, rescan: () => void): () => void {
  const win = doc.defaultView!;
  let timer: number | undefined;
  let firstPending = 0;
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => isOwnUi(r.target) || (r.type === 'childList' && onlyOwnUi(r, isOwnUi)))) return;
    const now = win.performance.now();
    if (timer === undefined) firstPending = now;
    win.clearTimeout(timer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstPending + MAX_WAIT_MS - now));
    timer = win.setTimeout(() => {
      timer = undefined;
      rescan();
    }, wait);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

function onlyOwnUi(record: MutationRecord, isOwnUi: (node: Node) => boolean): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnUi);
}
