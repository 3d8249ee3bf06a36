// Finds the underlined term under a point: the caret position under the pointer tells the text
// node, and the term's own line boxes confirm the pointer is really over its words.
import type { PageTerm } from './page-terms';

export interface TermLookup {
  add(term: PageTerm): void;
  clear(): void;
  at(x: number, y: number): PageTerm | undefined;
  all(): readonly PageTerm[];
}

function caretNode(doc: Document, x: number, y: number): Node | null {
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  return legacy ? legacy.call(doc, x, y)?.startContainer ?? null : null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function createTermLookup(doc: Document): TermLookup {
  let byNode = new Map<Node, PageTerm[]>();
  let terms: PageTerm[] = [];
  return {
    add(term) {
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
    },
    at(x, y) {
      const node = caretNode(doc, x, y);
      const candidates = node ? byNode.get(node) : undefined;
      return candidates?.find((t) => contains(t.range, x, y));
    },
    all: () => terms,
  };
}
