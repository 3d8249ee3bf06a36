// Adds or edits the user's note on a term, in place. Shows the reason when saving fails and
// keeps what was typed, so nothing is lost.
import { useState } from 'preact/hooks';

export interface NoteEditorProps {
  note: string;
  onSave: (text: string) => Promise<{ ok: boolean; error?: string }>;
}

export function NoteEditor({ note, onSave }: NoteEditorProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note);
  const [error, setError] = useState('');
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
    const result = await onSave(value);
    if (result.ok) {
      setEditing(false);
      setError('');
    } else {
      setError(result.error ?? 'The note could not be saved.');
    }
  };
  return (
    <form class="hgh-note-form" onSubmit={save}>
      <label>
        My note
        <textarea name="note" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {error && <p class="hgh-error" role="alert">{error}</p>}
      <div class="hgh-row">
        <button type="submit" class="hgh-action">Save note</button>
        <button type="button" class="hgh-action" onClick={() => setEditing(false)}>Cancel</button>
      </div>
    </form>
  );
}
