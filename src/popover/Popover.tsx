// The card as the page's popover shows it, inside the card frame: a tooltip while it follows the
// hover; a dialog (focus moves in, Escape closes it) once pinned by a click, a tap or a key.
// Props only: the frame's container looks terms up and says where the card goes.
import type { ComponentChild } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TermView } from '../glossary/term-view';
import { TermCard, type TermActions } from '../ui/TermCard';
import type { Theme } from '../settings/appearance';

export interface PopoverProps {
  /** The term to show; or `body`, another card (an abbreviation only the page defines). */
  view?: TermView;
  matchedText?: string;
  body?: ComponentChild;
  pinned: boolean;
  onClose: () => void;
  /** Offered once pinned (a tooltip holds no controls). */
  actions?: TermActions;
  /** The user's theme; 'system' follows the browser's light or dark. */
  theme?: Theme;
  /** The widest the card may be, in CSS pixels. */
  maxWidth?: number;
  /** Called after every render with the card's element, to measure it. */
  onLayout?: (el: HTMLElement) => void;
  /** The unsaved note text kept for this term, if any. */
  draft?: string;
  onDraftChange?: (text: string | undefined) => void;
}

export function Popover({ view, matchedText = '', body, pinned, onClose, actions, theme = 'system', maxWidth = 360, onLayout, draft, onDraftChange }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) onLayout?.(ref.current);
  });
  useLayoutEffect(() => {
    if (pinned) ref.current?.focus();
  }, [pinned, view?.entry.id]);
  return (
    <div
      ref={ref}
      class="hgh-popover"
      role={pinned ? 'dialog' : 'tooltip'}
      aria-labelledby="hgh-popover-term"
      aria-modal={pinned ? 'false' : undefined}
      tabIndex={-1}
      style={{ maxWidth: `${Math.min(360, maxWidth)}px` }}
      data-term-id={view?.entry.id}
      data-theme={theme}
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
      {view ? (
        <TermCard
          view={view}
          matchedText={matchedText}
          headingId="hgh-popover-term"
          {...(pinned && actions ? { actions, draft, onDraftChange } : {})}
        />
      ) : (
        body
      )}
      {!pinned && view && <p class="hgh-hint">Click the term to add a note or open related terms.</p>}
    </div>
  );
}
