// Finds the underlined term under a point: the caret position under the pointer tells the text
// node, and the term's own line boxes confirm the pointer is really over its words.
import type { PageTerm } from './page-terms';

export interface TermLookup {
  add(term: PageTerm): void;
  clear(): void;
  /** A shadow root that holds terms, so that hit testing can see into it. */
  addShadowRoot(root: ShadowRoot): void;
  /** Forgets the terms inside `root` and any whose text left the page; returns their ranges. */
  removeWithin(root: Node): Range[];
  at(x: number, y: number): PageTerm | undefined;
  all(): readonly PageTerm[];
  /** Ids of the terms underlined now, in no particular order. */
  termIds(): Set<string>;
}

function caretNode(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Node | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Naming the shadow roots lets the caret land inside web components' text.
    const at = doc.caretPositionFromPoint as (x: number, y: number, o?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null;
    return at.call(doc, x, y, { shadowRoots })?.offsetNode ?? null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  return legacy ? legacy.call(doc, x, y)?.startContainer ?? null : null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function byPosition(a: PageTerm, b: PageTerm): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // A range whose text left the page: it is dropped at the next rescan.
  }
}

export function createTermLookup(doc: Document): TermLookup {
  let byNode = new Map<Node, PageTerm[]>();
  let terms: PageTerm[] = [];
  let sorted = true;
  const shadowRoots: ShadowRoot[] = [];
  return {
    addShadowRoot(root) {
      if (!shadowRoots.includes(root)) shadowRoots.push(root);
    },
    add(term) {
      // Terms of a rescanned block arrive after the rest: sort again before the list is read.
      const last = terms[terms.length - 1];
      if (last && byPosition(last, term) > 0) sorted = false;
      terms.push(term);
      const nodes = new Set<Node>([term.range.startContainer, term.range.endContainer]);
      for (const node of nodes) {
        const list = byNode.get(node);
        if (list) list.push(term);
        else byNode.set(node, [term]);
      }
    },
    clear() {
      // A new array, so holders of the old list can tell the page was rescanned.
      byNode = new Map();
      terms = [];
      sorted = true;
    },
    removeWithin(root) {
      const gone = terms.filter((t) => root.contains(t.range.startContainer) || !t.range.startContainer.isConnected || t.range.collapsed);
      if (gone.length === 0) return [];
      const goneSet = new Set(gone);
      terms = terms.filter((t) => !goneSet.has(t));
      for (const [node, list] of byNode) {
        const kept = list.filter((t) => !goneSet.has(t));
        if (kept.length) byNode.set(node, kept);
        else byNode.delete(node);
      }
      return gone.map((t) => t.range);
    },
    at(x, y) {
      const node = caretNode(doc, x, y, shadowRoots);
      const candidates = node ? byNode.get(node) : undefined;
      return candidates?.find((t) => contains(t.range, x, y));
    },
    termIds: () => new Set(terms.map((t) => t.termId)),
    all() {
      if (!sorted) {
        terms = [...terms].sort(byPosition);
        sorted = true;
      }
      return terms;
    },
  };
}
