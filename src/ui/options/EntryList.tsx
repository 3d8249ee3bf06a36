import type { MergedEntry } from '../../glossary/merge';
import { VirtualList } from '../VirtualList';

export interface EntryListProps {
  items: readonly MergedEntry[];
  total: number;
  selectedId: string | undefined;
  notes: ReadonlyMap<string, string>;
  onSelect: (id: string) => void;
}

const ROW_HEIGHT = 36;

export function EntryList({ items, total, selectedId, notes, onSelect }: EntryListProps) {
  return (
    <div class="entry-list">
      <p class="count" aria-live="polite">{items.length === total ? `${total} terms` : `${items.length} of ${total} terms`}</p>
      <VirtualList
        items={items}
        rowHeight={ROW_HEIGHT}
        height={Math.min(560, Math.max(ROW_HEIGHT, items.length * ROW_HEIGHT))}
        label="Glossary terms"
        keyOf={(m) => m.entry.id}
        renderRow={(m) => (
          <button type="button" data-term-id={m.entry.id} aria-current={m.entry.id === selectedId ? 'true' : undefined} onClick={() => onSelect(m.entry.id)}>
            <span class="term">{m.entry.term}</span>
            {m.origin !== 'shipped' && <span class="tag">{m.origin === 'edited' ? 'edited' : 'yours'}</span>}
            {notes.has(m.entry.id) && <span class="tag">note</span>}
          </button>
        )}
      />
    </div>
  );
}
