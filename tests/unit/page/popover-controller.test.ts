// When lookups answer out of order (a slow hover lookup, then a quick click), the popover shows
// what the reader did last: the pinned dialog, never the stale tooltip.
import { describe, expect, it } from 'vitest';
import { createPopoverController } from '../../../src/page/popover-controller';
import type { PopoverHost } from '../../../src/popover/mount';
import type { PopoverProps } from '../../../src/popover/Popover';
import type { TermView } from '../../../src/glossary/term-view';
import type { PageTerm } from '../../../src/page/page-terms';
import { ENTRIES } from '../../fixtures/entries';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the popover controller', () => {
  it('a lookup that answers late cannot undo a later click that pinned the popover', async () => {
    const shown: PopoverProps[] = [];
    const host: PopoverHost = { show: async (p) => void shown.push(p), hide: () => {}, contains: () => false };
    const answers = [deferred<TermView | null>(), deferred<TermView | null>()];
    let call = 0;
    const controller = createPopoverController(window as unknown as Window & typeof globalThis, host, {
      lookup: () => answers[call++]!.promise,
      saveNote: async () => ({ ok: true }),
      setKnown: async () => ({ ok: true }),
    });
    const rect = { left: 10, top: 10, width: 40, height: 16, right: 50, bottom: 26, x: 10, y: 10 };
    const range = { getClientRects: () => [rect], getBoundingClientRect: () => rect } as unknown as Range;
    const term: PageTerm = { termId: 'biopsy', text: 'biopsy', range };
    const view: TermView = { entry: ENTRIES.find((e) => e.id === 'biopsy')!, origin: 'shipped', known: false, related: [] };

    const hovered = controller.open(term, false); // the hover-intent timer fired: slow lookup
    const clicked = controller.open(term, true); // then the reader clicked: quick lookup
    answers[1]!.resolve(view);
    await clicked;
    answers[0]!.resolve(view);
    await hovered;
    expect(shown.map((p) => p.pinned)).toEqual([true]);
  });
});
