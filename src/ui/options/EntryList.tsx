import type { MergedEntry } from '../../glossary/merge';
import { VirtualList } from '../VirtualList';
import { matchSnippet } from './match-snippet';

export interface EntryListProps {
  items: readonly MergedEntry[];
  total: number;
  selectedId: string | undefined;
  notes: ReadonlyMap<string, string>;
  /** What was typed in the search box: each row then says where it matched. */
  query?: string;
  onSelect: (id: string) => void;
}

const ROW_HEIGHT = 36;
/** A row with a second line: the alias, definition or note that matched. */
const ROW_HEIGHT_WITH_SNIPPET = 56;

export function EntryList({ items, total, selectedId, notes, query = '', onSelect }: EntryListProps) {
  const searching = query.trim() !== '';
  const rowHeight = searching ? ROW_HEIGHT_WITH_SNIPPET : ROW_HEIGHT;
  return (
    <div class="entry-list">
      <p class="count" aria-live="polite">{items.length === total ? `${total} terms` : `${items.length} of ${total} terms`}</p>
      <VirtualList
        items={items}
        rowHeight={rowHeight}
        height={Math.min(560, Math.max(rowHeight, items.length * rowHeight))}
        label="Glossary terms"
        keyOf={(m) => m.entry.id}
        renderRow={(m) => {
          const why = searching ? matchSnippet(m.entry, query, notes.get(m.entry.id)) : null;
          return (
            <button type="button" class={why ? 'with-snippet' : undefined} data-term-id={m.entry.id} aria-current={m.entry.id === selectedId ? 'true' : undefined} onClick={() => onSelect(m.entry.id)}>
              <span class="row-line">
                <span class="term">{m.entry.term}</span>
                {m.origin !== 'shipped' && <span class="tag">{m.origin === 'edited' ? 'edited' : 'yours'}</span>}
                {notes.has(m.entry.id) && <span class="tag">note</span>}
              </span>
              {why && (
                <span class="snippet">
                  <span class="where">{why.where}: </span>
                  {why.before}<mark>{why.match}</mark>{why.after}
                </span>
              )}
            </button>
          );
        }}
      />
    </div>
  );
}
