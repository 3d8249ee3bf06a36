// Where the popover goes: below the term if it fits, else above, else whichever side has more
// room; shifted sideways to stay inside the viewport. Pure, so every edge case is a unit test.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'above' | 'below';
  /** Height to cap the popover at when neither side has room for all of it (it then scrolls). */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

export function placePopover(anchor: Rect, popover: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side: Placement['side'] =
    popover.height <= roomBelow || (popover.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const maxHeight = Math.max(0, Math.floor(Math.min(popover.height, side === 'below' ? roomBelow : roomAbove)));
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - maxHeight;
  const width = Math.min(popover.width, viewport.width - 2 * MARGIN);
  const centred = anchor.left + anchor.width / 2 - width / 2;
  const left = Math.min(Math.max(centred, MARGIN), viewport.width - MARGIN - width);
  return { left: Math.round(left), top: Math.round(top), side, maxHeight };
}
