// When the popover opens and closes: after a short hover intent delay, immediately on a tap,
// pinned on a click; kept open while the pointer travels into it; closed on leaving, Escape or
// scrolling away. Knows nothing of how the popover looks.
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { PopoverHost } from '../popover/mount';
import type { PopoverProps } from '../popover/Popover';
import type { TermView } from '../glossary/term-view';
import type { WriteResult } from '../messaging/protocol';
import type { PageTerm } from './page-terms';

const CLOSE_GRACE_MS = 300;

export interface PopoverController {
  hover(term: PageTerm | undefined): void;
  open(term: PageTerm, pinned: boolean): Promise<void>;
  close(): void;
  readonly current: PageTerm | undefined;
}

export interface TermApi {
  lookup: (termId: string) => Promise<TermView | null>;
  saveNote: (termId: string, text: string) => Promise<WriteResult>;
  setKnown: (termId: string, known: boolean) => Promise<WriteResult>;
}

export function createPopoverController(
  win: Window & typeof globalThis,
  host: PopoverHost,
  api: TermApi,
  /** The user's current settings, read at each hover and open. */
  settings: () => Pick<Settings, 'hoverDelayMs' | 'theme'> = () => DEFAULT_SETTINGS,
): PopoverController {
  let current: PageTerm | undefined;
  let pinned = false;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let insidePopover = false;
  let returnFocus: HTMLElement | null = null;

  let shown: PopoverProps | undefined;
  // The term's first line box: where a term wraps across lines, the popover sits by its start.
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
    shown = undefined;
    host.hide();
    if (pinned && returnFocus?.isConnected) returnFocus.focus();
    pinned = false;
    returnFocus = null;
  };

  const scheduleClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = win.setTimeout(() => {
      if (!insidePopover && !pinned) close();
    }, CLOSE_GRACE_MS);
  };

  // Only the latest open wins: a hover's lookup that answers after a click's must not turn the
  // pinned dialog back into a tooltip.
  let latestOpen = 0;
  const open = async (term: PageTerm, pin: boolean, shownId = term.termId, shownText = term.text) => {
    clearTimers();
    const ticket = ++latestOpen;
    const view = await api.lookup(shownId);
    if (!view || ticket !== latestOpen) return;
    if (pin && !pinned) returnFocus = win.document.activeElement as HTMLElement | null;
    current = term;
    pinned = pin;
    // After a change the card is shown again from fresh data, in the same place.
    const refresh = async (result: WriteResult) => {
      if (result.ok && current === term) await open(term, true, shownId, shownText);
      return result;
    };
    shown = {
      view,
      matchedText: shownText,
      theme: settings().theme,
      actions: {
        saveNote: async (text) => refresh(await api.saveNote(shownId, text)),
        setKnown: async (known) => refresh(await api.setKnown(shownId, known)),
        openRelated: (id) => void open(term, true, id, ''),
      },
      ...placeOf(term),
      pinned: pin,
      onClose: close,
      onPointerEnter: () => {
        insidePopover = true;
        win.clearTimeout(closeTimer);
      },
      onPointerLeave: () => {
        insidePopover = false;
        scheduleClose();
      },
    };
    await host.show(shown);
  };

  // A pinned popover follows its term when the page scrolls or the window resizes.
  let frame = 0;
  const follow = () => {
    if (!current || !pinned || !shown || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (current && pinned && shown) void host.show((shown = { ...shown, ...placeOf(current) }));
    });
  };
  win.addEventListener('resize', follow, { passive: true });

  win.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) close();
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
      openTimer = win.setTimeout(() => void open(term, false), settings().hoverDelayMs);
    },
    open,
    close,
    get current() {
      return current;
    },
  };
}
