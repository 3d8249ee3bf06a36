// Underlines with the CSS Custom Highlight API: the ranges are painted by the browser from a
// stylesheet rule (`::highlight(health-glossary-term)`), and the page's DOM is never touched.

import { BASE_HIGHLIGHT } from '../settings/appearance';

export interface Underliner {
  add(ranges: readonly Range[]): void;
  remove(ranges: readonly Range[]): void;
  clear(): void;
  /** Paints the same ranges under another highlight name (another underline style or colour). */
  rename(name: string): void;
  readonly supported: boolean;
}

export function createUnderliner(win: Window & typeof globalThis): Underliner {
  const registry = win.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function') {
    return { add() {}, remove() {}, clear() {}, rename() {}, supported: false };
  }
  const highlight = new win.Highlight();
  let name = BASE_HIGHLIGHT;
  registry.set(name, highlight);
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
    rename(next) {
      if (next === name) return;
      registry.delete(name);
      registry.set((name = next), highlight);
    },
    supported: true,
  };
}

/**
 * Shadow trees do not see the page's stylesheets, so the one rule that paints our underlines is
 * added to each open shadow root that holds a term (appended; the component's own sheets stay).
 */
export function styleShadowRoot(win: Window & typeof globalThis, shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // A closed-off or exotic root: its terms are still found, hovered and explained, just not painted.
  }
}
