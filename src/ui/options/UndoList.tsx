// The Undo of each recent destructive action, newest first. Props only.
import type { UndoItem } from './use-undo-stack';

export interface UndoListProps {
  items: readonly UndoItem[];
  onUndo: (key: number) => void;
}

export function UndoList({ items, onUndo }: UndoListProps) {
  if (items.length === 0) return null;
  return (
    <div class="undos" role="status">
      {items.map((item) => (
        <p class="undo" key={item.key}>
          {item.label}{' '}
          <button type="button" onClick={() => onUndo(item.key)}>Undo</button>
          {item.error && <span class="error"> {item.error}</span>}
        </p>
      ))}
    </div>
  );
}
