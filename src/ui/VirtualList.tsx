// A list that renders only the rows in view (plus a few), so ten thousand entries scroll as
// smoothly as ten. Rows have one fixed height; the list keeps every row reachable by keyboard
// through the container's own scrolling.
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  height: number;
  label: string;
  keyOf: (item: T) => string;
  renderRow: (item: T) => ComponentChild;
}

const OVERSCAN = 8;

export function VirtualList<T>({ items, rowHeight, height, label, keyOf, renderRow }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div class="virtual-list" style={{ height: `${height}px`, overflowY: 'auto' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul aria-label={label} style={{ height: `${items.length * rowHeight}px`, position: 'relative', margin: 0, padding: 0 }}>
        {items.slice(first, last).map((item, i) => (
          <li key={keyOf(item)} style={{ position: 'absolute', top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0, listStyle: 'none' }}>
            {renderRow(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
