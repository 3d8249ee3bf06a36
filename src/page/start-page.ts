// The content script's life on a page: get the index, underline what the page says, keep up
// with changes, and open the popover where the user points. It reads the page and never edits it.
import { buildIndex, type MatchIndex } from '../matcher/index';
import type { IndexPayload, PageInfo, PageSettings } from '../messaging/protocol';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { CardHostEvents, CardRequest, PopoverHost } from '../popover/card-host';
import { pageHosts } from './page-hosts';
import { createRenderedCheck } from './rendered';
import { FAMILIARITY_RANK, LOWEST_UNDERLINED } from '../glossary/familiarity';
import { blockOf, walkBlocks, type TextBlock } from './collect';
import { blocksVisibleFirst } from './visible-first';
import { createUnderliner, styleShadowRoot } from './highlights';
import { highlightNameFor } from '../settings/appearance';
import UNDERLINE_CSS from './underline.css?raw';
import type { MutationWatch } from './watch-mutations';
import { createTermLookup } from './hit-test';
import { runInIdleChunks } from './idle-chunks';
import { createPageAbbreviations } from './page-abbreviations';
import { termAtSelection } from './term-at-selection';
import { createPopoverController } from './popover-controller';
import { watchMutations } from './watch-mutations';
import { watchTermKeys } from './keyboard-nav';

export interface PageDeps {
  /** `hosts`: the sites whose on/off choice applies to this page (its own, its top page's). */
  getIndex: (hosts: string[]) => Promise<IndexPayload>;
  onGlossaryChange: (listener: () => void) => void;
  /** Makes the card's frame; the controller's events are wired to it. */
  createPopoverHost: (events: CardHostEvents) => PopoverHost;
  /** Where a note written now is "seen on"; nothing in a private window. */
  notePage: () => CardRequest['page'];
}

export interface PageHandle {
  pageInfo(): PageInfo;
  /** Scrolls to the first occurrence of a term and opens it as a dialog; false if it is not here. */
  showTerm(termId: string): boolean;
  /** Resolves once the first index has arrived and scanning has started. */
  ready: Promise<void>;
}

/** Whether a block is a heading: where a new section of the page starts. */
function isHeading(block: TextBlock): boolean {
  const el = blockOf(block.nodes[0]!);
  return !!el && (/^H[1-6]$/.test(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading');
}

export function startPage(doc: Document, deps: PageDeps): PageHandle {
  const win = doc.defaultView as Window & typeof globalThis;
  const underliner = createUnderliner(win);
  const terms = createTermLookup(doc);
  let settings: PageSettings = DEFAULT_SETTINGS;
  let known = new Set<string>();
  // How unfamiliar each term is: terms below the reader's chosen level are not underlined.
  let levels = new Map<string, number>();
  let isActive = false;
  const popoverHost = deps.createPopoverHost({
    onClose: () => popover.close(),
    onPointer: (inside) => popover.pointerInCard(inside),
    onStep: (by) => keys.step(by),
  });
  const popover = createPopoverController(win, popoverHost, () => settings, deps.notePage);
  let index: MatchIndex | null = null;
  let compiledRevision = NaN;
  let revision = NaN;
  let cancelScan: (() => void) | undefined;
  const hosts = pageHosts(doc);
  const active = () => isActive;
  // Text the reader cannot see is never underlined (and so cannot be used to probe the glossary);
  // blocks skipped as hidden are read again when the page shows them.
  let rendered = createRenderedCheck(win);
  const abbreviations = createPageAbbreviations();

  let mutations: MutationWatch | undefined;
  const shadows = new WeakSet<ShadowRoot>();
  const onShadowRoot = (shadow: ShadowRoot) => {
    if (shadows.has(shadow)) return;
    shadows.add(shadow);
    styleShadowRoot(win, shadow, UNDERLINE_CSS);
    terms.addShadowRoot(shadow);
    mutations?.observe(shadow);
  };

  let scanning = false;
  /** Underlines the terms in `blocks`, a few at a time when the page is idle. */
  const underlineBlocks = (current: MatchIndex, blocks: Iterable<TextBlock>) => {
    // Only "first occurrence" needs to know what is underlined already (and sorting is not needed).
    // "Only the first time" per page, or per section: the section is the last heading read.
    const bySection = settings.firstOccurrenceOnly && settings.onceIn === 'section';
    const seen = settings.firstOccurrenceOnly && !bySection ? terms.termIds() : new Set<string>();
    let section = 0;
    const lowest = LOWEST_UNDERLINED[settings.underlineLevel] ?? LOWEST_UNDERLINED.default;
    scanning = true;
    // Every change of the highlight makes the browser walk the page again to paint it, which on a
    // huge page costs far more than finding the terms. The first slice is painted at once, then
    // less and less often (250 ms, 500 ms, ... up to 4 s) while a long scan goes on.
    let pending: Range[] = [];
    let flushedAt = -Infinity;
    let paintEvery = 250;
    const flush = () => {
      underliner.add(pending);
      pending = [];
      if (flushedAt > -Infinity) paintEvery = Math.min(4000, paintEvery * 2);
      flushedAt = win.performance.now();
    };
    cancelScan = runInIdleChunks(win, blocks, (block) => {
      // An abbreviation the page defines means that on the whole page: uses already underlined
      // are read again in the page's sense, and later ones are found in it.
      const inBlock = abbreviations.termsIn(doc, current, block, (sense) => {
        for (const t of terms.all()) if (t.text === sense.abbreviation || t.text === `${sense.abbreviation}s`) abbreviations.apply(t);
      });
      if (bySection && isHeading(block)) section += 1;
      if (inBlock.length === 0 || !rendered.isRendered(block)) return;
      const found = inBlock.filter((t) => {
        const key = `${bySection ? `${section}:` : ''}${t.pageDefinition ? `page:${t.pageDefinition.abbreviation}` : t.termId}`;
        if (known.has(t.termId) || (!t.pageDefinition && (t.level ?? levels.get(t.termId) ?? FAMILIARITY_RANK.medical) < lowest) || (settings.firstOccurrenceOnly && seen.has(key))) return false;
        seen.add(key);
        return true;
      });
      for (const t of found) (pending.push(t.range), terms.add(t));
    }, () => {
      flush();
      scanning = false;
    }, () => {
      if (pending.length && win.performance.now() - flushedAt > paintEvery) flush();
    });
  };

  const scan = () => {
    cancelScan?.();
    underliner.clear();
    terms.clear();
    abbreviations.clear();
    rendered = createRenderedCheck(win);
    if (!index || !doc.body || !active()) {
      popover.close();
      return;
    }
    underlineBlocks(index, blocksVisibleFirst(doc, onShadowRoot));
  };

  /** Rescans only the blocks that changed; a change during a full scan restarts it. */
  const rescan = (roots: readonly Element[] | 'all') => {
    if (!active()) return;
    if (roots === 'all' || scanning || !index) return scan();
    for (const root of roots) {
      underliner.remove(terms.removeWithin(root));
      rendered.forgetWithin(root);
    }
    underlineBlocks(index, (function* () {
      for (const root of roots) yield* walkBlocks(doc, root, onShadowRoot);
    })());
  };

  // The script starts while the page is still loading: the index is fetched and built meanwhile,
  // and the page is read as soon as its DOM is complete.
  const domReady =
    doc.readyState === 'loading' ? new Promise<void>((done) => doc.addEventListener('DOMContentLoaded', () => done(), { once: true })) : Promise.resolve();

  const loadIndex = async () => {
    const payload = await deps.getIndex(hosts);
    // A change signal that changed nothing (another tab's, or a forged one) costs no rescan.
    if (payload.revision === revision) return;
    revision = payload.revision;
    settings = payload.settings;
    isActive = payload.active;
    underliner.rename(highlightNameFor(settings.underlineStyle, settings.underlineColor));
    known = new Set(payload.known);
    if (payload.compiledRevision !== compiledRevision) {
      index = buildIndex(payload.compiled);
      levels = new Map(payload.compiled.ids.map((id, i) => [id, payload.compiled.levels?.[i] ?? FAMILIARITY_RANK.medical]));
    }
    compiledRevision = payload.compiledRevision;
    await domReady;
    scan();
    // The card's frame is made while the reader reads, not when they first point at a term.
    if (isActive && index) (win.requestIdleCallback ? win.requestIdleCallback(() => popoverHost.prepare()) : win.setTimeout(() => popoverHost.prepare()));
  };

  let frame = 0;
  // Only the reader's own pointer and keys count: a page's synthetic events open nothing.
  doc.addEventListener('pointermove', (e) => {
    if (!e.isTrusted || frame || popoverHost.contains(e.target as Node)) return;
    const { clientX, clientY } = e;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      popover.hover(terms.at(clientX, clientY));
    });
  }, { passive: true });
  doc.addEventListener('click', (e) => {
    if (!e.isTrusted || popoverHost.contains(e.target as Node)) return;
    const term = terms.at(e.clientX, e.clientY);
    // A term inside a link keeps the link working: hovering still explains it.
    if (term && !(e.target as Element | null)?.closest?.('a[href], button')) void popover.open(term, true);
    else if (!term && popover.current) popover.close();
  });

  // Any glossary term can be explained on demand, underlined or not: a double-click on a word
  // opens the card of the term it belongs to ("attack" in "heart attack").
  doc.addEventListener('dblclick', (e) => {
    if (!e.isTrusted || !index || !active() || popoverHost.contains(e.target as Node)) return;
    const term = termAtSelection(doc, index, win.getSelection(), abbreviations);
    if (term) void popover.open(term, true);
  });

  const keys = watchTermKeys(win, () => terms.all(), (term) => void popover.open(term, true));
  deps.onGlossaryChange(() => void loadIndex());
  void domReady.then(() => {
    mutations = watchMutations(doc, (node) => popoverHost.contains(node), rescan, () => rendered.hiddenBlocks());
  });
  return {
    ready: loadIndex(),
    showTerm(termId) {
      const term = terms.all().find((t) => t.termId === termId);
      if (!term) return false;
      term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      void popover.open(term, true);
      return true;
    },
    pageInfo() {
      const counts = new Map<string, { termId: string; text: string; count: number }>();
      for (const t of terms.all()) {
        if (!t.termId) continue; // an abbreviation only the page explains
        const c = counts.get(t.termId);
        if (c) c.count += 1;
        else counts.set(t.termId, { termId: t.termId, text: t.text, count: 1 });
      }
      const selected = (win.getSelection()?.toString() ?? '').trim();
      return { host: hosts[0] ?? '', active: active(), selection: selected.length <= 60 ? selected : '', terms: [...counts.values()] };
    },
  };
}
