// Every destructive action on the options page (delete, "Use the original", clearing a note)
// leaves an Undo. Each keeps its own: a second delete does not take the first one's away.
import { useRef, useState } from 'preact/hooks';

export interface UndoItem {
  key: number;
  /** What was done, in words: "Deleted “biopsy”." */
  label: string;
  restore: () => Promise<void>;
}

const KEEP = 10;

export function useUndoStack() {
  const [items, setItems] = useState<UndoItem[]>([]);
  const next = useRef(0);
  const push = (label: string, restore: () => Promise<void>) =>
    setItems((all) => [{ key: next.current++, label, restore }, ...all].slice(0, KEEP));
  const undo = async (key: number) => {
    const item = items.find((i) => i.key === key);
    if (!item) return;
    await item.restore();
    setItems((all) => all.filter((i) => i.key !== key));
  };
  return { items, push, undo };
}
