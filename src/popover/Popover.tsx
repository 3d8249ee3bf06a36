// The page popover: a term card placed next to the term. A tooltip while it follows the
// hover; a dialog (focus moves in, Escape returns it) once pinned by a click or a tap.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TermView } from '../glossary/term-view';
import { TermCard, type TermActions } from '../ui/TermCard';
import { placePopover, type Placement, type Rect } from './position';
import type { Theme } from '../settings/appearance';

export interface PopoverProps {
  view: TermView;
  matchedText: string;
  anchor: Rect;
  viewport: { width: number; height: number };
  pinned: boolean;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** Offered once pinned (a tooltip holds no controls). */
  actions?: TermActions;
  /** The user's theme; 'system' follows the browser's light or dark. */
  theme?: Theme;
}

export function Popover({ view, matchedText, anchor, viewport, pinned, onClose, onPointerEnter, onPointerLeave, actions, theme = 'system' }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.maxHeight = '';
    setPlacement(placePopover(anchor, { width: el.offsetWidth, height: el.scrollHeight }, viewport));
  }, [anchor.left, anchor.top, anchor.width, anchor.height, viewport.width, viewport.height, view]);

  useLayoutEffect(() => {
    if (pinned && placement) ref.current?.focus();
  }, [pinned, placement !== null]);

  const style = placement
    ? { left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${placement.maxHeight}px` }
    : { left: '0px', top: '0px', visibility: 'hidden' };
  return (
    <div
      ref={ref}
      class={`hgh-popover${placement ? ` hgh-${placement.side}` : ''}`}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-labelledby="hgh-popover-term"
      aria-modal={pinned ? 'false' : undefined}
      tabIndex={-1}
      style={style}
      data-term-id={view.entry.id}
      data-theme={theme}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {pinned && (
        <button type="button" class="hgh-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      )}
      <TermCard view={view} matchedText={matchedText} headingId="hgh-popover-term" {...(pinned && actions ? { actions } : {})} />
      {!pinned && <p class="hgh-hint">Click the term to add a note or open related terms.</p>}
    </div>
  );
}
