// When the card opens and closes: after a short hover intent delay, immediately on a tap, pinned
// on a click or a key; kept open while the pointer travels into it; closed on leaving, Escape or
// scrolling away. A pin always wins: no hover, early or late, turns a pinned card back into a
// tooltip. Knows nothing of how the card looks, nor of the user's data (the frame has that).
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { CardRequest, PopoverHost } from '../popover/card-host';
import type { PageTerm } from './page-terms';

const CLOSE_GRACE_MS = 300;

export interface PopoverController {
  hover(term: PageTerm | undefined): void;
  open(term: PageTerm, pinned: boolean): Promise<void>;
  close(): void;
  /** The pointer entered or left the card itself. */
  pointerInCard(inside: boolean): void;
  readonly current: PageTerm | undefined;
}

export function createPopoverController(
  win: Window & typeof globalThis,
  host: PopoverHost,
  /** The user's current settings, read at each hover and open. */
  settings: () => Pick<Settings, 'hoverDelayMs' | 'theme'> = () => DEFAULT_SETTINGS,
  /** Where a note written now is "seen on" (nothing in a private window). */
  page: () => CardRequest['page'] = () => undefined,
): PopoverController {
  let current: PageTerm | undefined;
  let pinned = false;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let insidePopover = false;
  let returnFocus: HTMLElement | null = null;

  // The term's first line box: where a term wraps across lines, the card sits by its start.
  const placeOf = (term: PageTerm) => {
    const r = term.range.getClientRects()[0] ?? term.range.getBoundingClientRect();
    return {
      anchor: { left: r.left, top: r.top, width: r.width, height: r.height },
      viewport: { width: win.innerWidth, height: win.innerHeight },
    };
  };

  const clearTimers = () => {
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
  };

  const close = () => {
    clearTimers();
    if (!current) return;
    current = undefined;
    host.hide();
    if (pinned && returnFocus?.isConnected) returnFocus.focus();
    pinned = false;
    insidePopover = false;
    returnFocus = null;
  };

  const scheduleClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = win.setTimeout(() => {
      if (!insidePopover && !pinned) close();
    }, CLOSE_GRACE_MS);
  };

  let latest = 0;
  const open = async (term: PageTerm, pin: boolean) => {
    clearTimers();
    // Decided before anything is awaited, so that a hover scheduled around a click cannot win.
    if (pinned && !pin) return;
    if (pin && !pinned) returnFocus = win.document.activeElement as HTMLElement | null;
    current = term;
    pinned = pin;
    const ticket = ++latest;
    const shown = await host.show({
      termId: term.termId,
      matchedText: term.text,
      ...(term.pageDefinition ? { pageDefinition: term.pageDefinition } : {}),
      ...(term.candidates ? { candidates: term.candidates } : {}),
      pinned: pin,
      theme: settings().theme,
      page: page(),
      ...placeOf(term),
    });
    if (ticket !== latest) return;
    if (!shown) return close();
    if (pin) host.focus();
  };

  // A pinned card follows its term when the page scrolls or the window resizes.
  let frame = 0;
  const follow = () => {
    if (!current || !pinned || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (current && pinned) {
        const { anchor, viewport } = placeOf(current);
        host.place(anchor, viewport);
      }
    });
  };
  win.addEventListener('resize', follow, { passive: true });
  win.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape' && current) close();
  });
  win.addEventListener('scroll', () => {
    if (current && !pinned) close();
    else follow();
  }, { passive: true });

  return {
    hover(term) {
      if (term && current && term.range === current.range) {
        win.clearTimeout(closeTimer);
        return;
      }
      win.clearTimeout(openTimer);
      if (!term) {
        if (current && !pinned) scheduleClose();
        return;
      }
      if (pinned) return;
      if (term.termId) host.preload(term.termId);
      openTimer = win.setTimeout(() => void open(term, false), settings().hoverDelayMs);
    },
    open,
    close,
    pointerInCard(inside) {
      insidePopover = inside;
      if (inside) win.clearTimeout(closeTimer);
      else if (!pinned) scheduleClose();
    },
    get current() {
      return current;
    },
  };
}
