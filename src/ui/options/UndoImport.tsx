// The copy of the user's glossary kept before the last import, and the one click that puts it
// back. Props only.
import { formatDateTime } from './locale-format';

export interface UndoImportProps {
  reason: string;
  takenAt: number;
  busy: boolean;
  onRestore: () => void;
}

export function UndoImport({ reason, takenAt, busy, onRestore }: UndoImportProps) {
  return (
    <div class="undo-import">
      <p>
        Before {reason} ({formatDateTime(takenAt)}), a copy of your glossary was kept.{' '}
        <button type="button" onClick={onRestore} disabled={busy}>Undo import: restore what you had before</button>
      </p>
    </div>
  );
}
