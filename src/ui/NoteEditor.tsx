// Adds or edits the user's note on a term, in place. Nothing typed is lost: a failed save shows
// why and keeps the text, and an unsaved draft is handed up (`onDraftChange`) so that it is still
// there when the card is closed by Escape or a stray click and opened again.
import { useState } from 'preact/hooks';
import { LIMITS } from '../glossary/limits';

export interface NoteEditorProps {
  note: string;
  onSave: (text: string) => Promise<{ ok: boolean; error?: string }>;
  /** Text typed earlier and not saved: the editor opens with it. */
  draft?: string;
  onDraftChange?: (text: string | undefined) => void;
}

export function NoteEditor({ note, onSave, draft, onDraftChange }: NoteEditorProps) {
  const [editing, setEditing] = useState(draft !== undefined);
  const [text, setText] = useState(draft ?? note);
  const [error, setError] = useState('');
  const change = (value: string) => {
    setText(value);
    onDraftChange?.(value === note ? undefined : value);
  };
  if (!editing) {
    return (
      <button type="button" class="hgh-action" onClick={() => { setText(note); setEditing(true); }}>
        {note ? 'Edit my note' : 'Add a note'}
      </button>
    );
  }
  const save = async (e: Event) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget as HTMLFormElement).get('note') ?? text);
    const result = await onSave(value).catch((err: unknown) => ({
      ok: false,
      error: `The note could not be saved (${err instanceof Error ? err.message : 'no answer'}). Your text is still here.`,
    }));
    if (result.ok) {
      setEditing(false);
      setError('');
      onDraftChange?.(undefined);
    } else {
      setError(result.error ?? 'The note could not be saved. Your text is still here.');
    }
  };
  return (
    <form class="hgh-note-form" onSubmit={save}>
      <label>
        My note
        <textarea name="note" rows={3} maxLength={LIMITS.noteChars} value={text} onInput={(e) => change(e.currentTarget.value)} />
      </label>
      {error && <p class="hgh-error" role="alert">{error}</p>}
      <div class="hgh-row">
        <button type="submit" class="hgh-action">Save note</button>
        <button type="button" class="hgh-action" onClick={() => { setEditing(false); onDraftChange?.(undefined); }}>Cancel</button>
      </div>
    </form>
  );
}
