// A pin always wins (audit M8): whatever order the hover timer, the click and the frame's answers
// come in, a card the reader pinned is never turned back into a tooltip.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopoverController } from '../../../src/page/popover-controller';
import type { CardRequest, PopoverHost } from '../../../src/popover/card-host';
import type { PageTerm } from '../../../src/page/page-terms';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function fakeHost() {
  const shown: CardRequest[] = [];
  const answers: ReturnType<typeof deferred<boolean>>[] = [];
  let hidden = 0;
  const host: PopoverHost = {
    prepare: () => {},
    preload: () => {},
    show: (r) => {
      shown.push(r);
      const d = deferred<boolean>();
      answers.push(d);
      return d.promise;
    },
    place: () => {},
    hide: () => void (hidden += 1),
    focus: () => {},
    contains: () => false,
    remove: () => {},
  };
  return { host, shown, answers, hidden: () => hidden };
}

const rect = { left: 10, top: 10, width: 40, height: 16, right: 50, bottom: 26, x: 10, y: 10 };
const range = { getClientRects: () => [rect], getBoundingClientRect: () => rect } as unknown as Range;
const term: PageTerm = { termId: 'biopsy', text: 'biopsy', range };
const win = window as unknown as Window & typeof globalThis;

afterEach(() => vi.useRealTimers());

describe('the popover controller', () => {
  it('a hover answer that arrives after a click cannot undo the pin', async () => {
    const f = fakeHost();
    const controller = createPopoverController(win, f.host);
    const hovered = controller.open(term, false);
    const clicked = controller.open(term, true);
    f.answers[1]!.resolve(true);
    f.answers[0]!.resolve(false);
    await Promise.all([hovered, clicked]);
    expect(f.shown.map((r) => r.pinned)).toEqual([false, true]);
    expect(f.hidden()).toBe(0);
    expect(controller.current).toBe(term);
  });

  it('a hover timer that fires after a click opens nothing', async () => {
    vi.useFakeTimers();
    const f = fakeHost();
    const controller = createPopoverController(win, f.host, () => ({ hoverDelayMs: 250, theme: 'system' }));
    const other: PageTerm = { termId: 'tumor', text: 'tumor', range };
    controller.hover(other); // the pointer rested on a term...
    void controller.open(term, true); // ...and the reader clicked another before the delay ran out
    controller.hover({ ...other, range: {} as Range }); // a late pointer move over yet another range
    vi.advanceTimersByTime(1000);
    expect(f.shown.map((r) => [r.termId, r.pinned])).toEqual([['biopsy', true]]);
  });

  it('closes when the frame says the term does not exist', async () => {
    const f = fakeHost();
    const controller = createPopoverController(win, f.host);
    const opened = controller.open(term, false);
    f.answers[0]!.resolve(false);
    await opened;
    expect(controller.current).toBeUndefined();
    expect(f.hidden()).toBe(1);
  });
});
