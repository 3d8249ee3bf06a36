// Every destructive action on the options page (delete, "Use the original", clearing a note)
// leaves an Undo. Each keeps its own: a second delete does not take the first one's away.
import { useRef, useState } from 'preact/hooks';

export interface UndoItem {
  key: number;
  /** What was done, in words: "Deleted “biopsy”." */
  label: string;
  restore: () => Promise<void>;
  /** Why the last attempt to undo failed; the Undo stays so the user can try again. */
  error?: string;
}

const KEEP = 10;

export function useUndoStack() {
  const [items, setItems] = useState<UndoItem[]>([]);
  const next = useRef(0);
  const push = (label: string, restore: () => Promise<void>) => {
    const key = next.current++;
    setItems((all) => [{ key, label, restore }, ...all].slice(0, KEEP));
  };
  const undo = async (key: number) => {
    const item = items.find((i) => i.key === key);
    if (!item) return;
    try {
      await item.restore();
      setItems((all) => all.filter((i) => i.key !== key));
    } catch (error) {
      const why = `Undo failed (${error instanceof Error ? error.name : 'error'}); try again.`;
      setItems((all) => all.map((i) => (i.key === key ? { ...i, error: why } : i)));
    }
  };
  return { items, push, undo };
}
