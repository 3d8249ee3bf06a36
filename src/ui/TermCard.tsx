// A term's card: the same content in the page popover and the popup. Props only, no storage.
// Everything shown is text (never HTML), and the one link is built from a publisher's search.
import type { TermView } from '../glossary/term-view';
import { describeMatch } from '../glossary/describe-match';
import { learnMoreUrl, PUBLISHER_NAMES } from '../glossary/learn-more';
import { checkedLine } from '../glossary/checked-line';
import { NoteEditor } from './NoteEditor';

export interface TermCardProps {
  view: TermView;
  /** The words as the page or the user wrote them, to say "short for ..." or "a brand name for ...". */
  matchedText?: string;
  headingId?: string;
  /** What the user can do with the term; without it the card only reads. */
  actions?: TermActions;
  /** An unsaved note kept for this term (it survives closing the card). */
  draft?: string;
  onDraftChange?: (text: string | undefined) => void;
}

export interface TermActions {
  saveNote: (text: string) => Promise<{ ok: boolean; error?: string }>;
  setKnown: (known: boolean) => Promise<{ ok: boolean; error?: string }>;
  openRelated: (id: string) => void;
}

export function TermCard({ view, matchedText, headingId, actions, draft, onDraftChange }: TermCardProps) {
  const { entry } = view;
  const relation = describeMatch(entry, matchedText ?? '') ?? (entry.expansion ? `Short for ${entry.expansion}` : undefined);
  const shown = matchedText && relation ? matchedText : entry.term;
  return (
    <div class="hgh-card">
      <h2 id={headingId}>
        {shown}
        {view.origin === 'edited' && <span class="hgh-badge">edited by you</span>}
        {view.origin === 'user' && <span class="hgh-badge">added by you</span>}
      </h2>
      {relation && <p class="hgh-sub">{relation}</p>}
      <p class="hgh-def">{entry.definition}</p>
      {entry.detail && (
        <details>
          <summary>More</summary>
          <p>{entry.detail}</p>
        </details>
      )}
      {view.note && (
        <div class="hgh-note">
          <strong>Your note</strong>
          {view.note}
        </div>
      )}
      {view.related && view.related.length > 0 && (
        <p class="hgh-related">
          Related:{' '}
          {view.related.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              {actions ? (
                <button type="button" class="hgh-link" data-related-id={r.id} onClick={() => actions.openRelated(r.id)}>{r.term}</button>
              ) : (
                r.term
              )}
            </span>
          ))}
        </p>
      )}
      {actions && (
        <div class="hgh-row">
          <NoteEditor note={view.note ?? ''} onSave={actions.saveNote} draft={draft} onDraftChange={onDraftChange} />
          <button type="button" class="hgh-action" aria-pressed={view.known} onClick={() => void actions.setKnown(!view.known)}>
            {view.known ? 'Underline it again' : 'I know this term'}
          </button>
        </div>
      )}
      <p class="hgh-foot">
        <a href={learnMoreUrl(entry.source, entry.term)} target="_blank" rel="noopener noreferrer">
          Learn more from {PUBLISHER_NAMES[entry.source.publisher]}
        </a>
      </p>
      <p class="hgh-checked">{checkedLine(entry.source, view.origin)} General information, not medical advice.</p>
    </div>
  );
}
