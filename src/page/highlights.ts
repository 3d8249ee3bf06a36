// Underlines with the CSS Custom Highlight API: the ranges are painted by the browser from a
// stylesheet rule (`::highlight(health-glossary-term)`), and the page's DOM is never touched.

export const HIGHLIGHT_NAME = 'health-glossary-term';

export interface Underliner {
  add(ranges: readonly Range[]): void;
  remove(ranges: readonly Range[]): void;
  clear(): void;
  readonly supported: boolean;
}

export function createUnderliner(win: Window & typeof globalThis): Underliner {
  const registry = win.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function') {
    return { add() {}, remove() {}, clear() {}, supported: false };
  }
  const highlight = new win.Highlight();
  registry.set(HIGHLIGHT_NAME, highlight);
  return {
    add(ranges) {
      for (const r of ranges) highlight.add(r);
    },
    remove(ranges) {
      for (const r of ranges) highlight.delete(r);
    },
    clear() {
      highlight.clear();
    },
    supported: true,
  };
}
