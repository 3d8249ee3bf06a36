// The card for an abbreviation of several meanings that nothing on the page decides: the
// meanings it may have, none chosen for the reader. Props only.
import type { TermView } from '../glossary/term-view';

export interface CandidatesCardProps {
  written: string;
  views: readonly TermView[];
  headingId?: string;
  /** Opens one meaning's own card in place (offered once pinned). */
  onOpen?: (id: string) => void;
}

export function CandidatesCard({ written, views, headingId, onOpen }: CandidatesCardProps) {
  return (
    <div class="hgh-card">
      <h2 id={headingId}>{written}</h2>
      <p class="hgh-sub">{written} can mean different things, and this page does not say which. It may be:</p>
      <ul class="hgh-candidates">
        {views.map(({ entry }) => (
          <li key={entry.id}>
            {onOpen ? (
              <button type="button" class="hgh-link" data-related-id={entry.id} onClick={() => onOpen(entry.id)}>
                {entry.expansion ?? entry.term}
              </button>
            ) : (
              <strong>{entry.expansion ?? entry.term}</strong>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
