import type { MergedEntry } from '../../glossary/merge';

export interface EntryListProps {
  items: readonly MergedEntry[];
  total: number;
  selectedId: string | undefined;
  notes: ReadonlyMap<string, string>;
  onSelect: (id: string) => void;
}

// Long lists are cut at this many rows; the search narrows them. (A virtualized list is issue 5's.)
const SHOWN = 300;

export function EntryList({ items, total, selectedId, notes, onSelect }: EntryListProps) {
  return (
    <div class="entry-list">
      <p class="count" aria-live="polite">
        {items.length === total ? `${total} terms` : `${items.length} of ${total} terms`}
        {items.length > SHOWN ? ` (first ${SHOWN} shown)` : ''}
      </p>
      <ul aria-label="Glossary terms">
        {items.slice(0, SHOWN).map((m) => (
          <li key={m.entry.id}>
            <button type="button" data-term-id={m.entry.id} aria-current={m.entry.id === selectedId ? 'true' : undefined} onClick={() => onSelect(m.entry.id)}>
              <span class="term">{m.entry.term}</span>
              {m.origin !== 'shipped' && <span class="tag">{m.origin === 'edited' ? 'edited' : 'yours'}</span>}
              {notes.has(m.entry.id) && <span class="tag">note</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
