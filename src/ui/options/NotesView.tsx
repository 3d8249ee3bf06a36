// All of the user's notes in one place, newest first, each with the page it was written on.
// Props only: choosing one opens its term in the editor.
import type { PageRef } from '../../glossary/page-ref';
import { formatDate, formatNumber } from './locale-format';

export interface NoteItem {
  termId: string;
  term: string;
  text: string;
  updatedAt: number;
  seenOn?: PageRef;
}

export interface NotesViewProps {
  notes: readonly NoteItem[];
  onOpen: (termId: string) => void;
  onExport: () => void;
}

export function NotesView({ notes, onOpen, onExport }: NotesViewProps) {
  return (
    <section class="notes-view" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes I wrote ({formatNumber(notes.length)})</h2>
      {notes.length === 0 ? (
        <p>No notes yet. Write one on any term, here or in a page’s explanation.</p>
      ) : (
        <>
          <button type="button" onClick={onExport}>Export my notes (Markdown)</button>
          <ul>
            {[...notes].sort((a, b) => b.updatedAt - a.updatedAt).map((n) => (
              <li key={n.termId}>
                <button type="button" class="link" data-note-term={n.termId} onClick={() => onOpen(n.termId)}>{n.term}</button>
                <p class="note-text">{n.text}</p>
                <p class="meta">
                  <time dateTime={new Date(n.updatedAt).toISOString()}>{formatDate(n.updatedAt)}</time>
                  {n.seenOn && (
                    <>
                      {' · seen on '}
                      <a href={n.seenOn.url} target="_blank" rel="noopener noreferrer">{n.seenOn.title}</a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
