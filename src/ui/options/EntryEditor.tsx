// Edits one entry and its note. Props only: the container saves. Validation messages sit at
// the field they are about; every field stops at the same limit the import holds files to.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type AliasKind, type Category, type Entry } from '../../glossary/types';
import { LIMITS } from '../../glossary/limits';
import { noteProblem, sentence, validateEntryFields, type FieldErrors } from '../../glossary/validate-entry';
import { categoryLabel } from '../../glossary/category-label';
import { CharCount } from './CharCount';
import { contextToText, textToContext } from './context-words';

const ALIAS_KINDS: Record<AliasKind, string> = {
  abbreviation: 'abbreviation',
  synonym: 'same meaning',
  spelling: 'other spelling',
  brand: 'brand name',
  generic: 'generic name',
  british: 'British spelling',
};

/** A message under the form, with the entry it is about: it is not shown under another one. */
interface Status {
  text: string;
  /** The id of the entry it is about ('' for a new term not saved yet). */
  about: string;
  failed?: boolean;
}

const NO_STATUS: Status = { text: '', about: '' };

export interface EntryEditorProps {
  entry: Entry | null;
  isNew: boolean;
  prefillTerm?: string;
  origin?: 'shipped' | 'edited' | 'user';
  /** The current shipped text, when a release changed it after the user edited the entry. */
  newShipped?: Entry;
  note: string;
  /** Marked as known: not underlined on pages. */
  known: boolean;
  takenIds: ReadonlySet<string>;
  onSave: (entry: Entry, note: string, known: boolean) => Promise<void>;
  /** "Use the original": the container keeps the user's text restorable (Undo). */
  onRevert?: () => Promise<void>;
  onDelete?: () => Promise<void>;
}

export function EntryEditor({ entry, isNew, prefillTerm, origin, newShipped, note, known, takenIds, onSave, onRevert, onDelete }: EntryEditorProps) {
  const [term, setTerm] = useState(entry?.term ?? prefillTerm ?? '');
  const [definition, setDefinition] = useState(entry?.definition ?? '');
  const [category, setCategory] = useState<Category>(entry?.category ?? 'general-medical');
  const [context, setContext] = useState(contextToText(entry?.context));
  const [noteText, setNoteText] = useState(note);
  const [isKnown, setIsKnown] = useState(known);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(NO_STATUS);
  // Unsaved typing is never thrown away: when the stored entry changes underneath (another tab,
  // a popover, an import), the fields follow only if the user has not typed; else they are told.
  const [dirty, setDirty] = useState(false);
  const stored = `${JSON.stringify(entry)}\u0000${note}\u0000${known}`;
  // What the fields were last filled from: a difference while the user has typed is a conflict.
  const [base, setBase] = useState(stored);
  const changedElsewhere = dirty && stored !== base;
  const shownId = useRef(entry?.id);
  const saving = useRef(false); // Our own save coming back through the live query is no conflict.

  const mounted = useRef(false);

  useEffect(() => {
    // The fields were just filled from these props: refilling them now (the effect runs after
    // paint) would wipe what a quick user already typed, and the message their save brought.
    if (!mounted.current) return void (mounted.current = true);
    const sameEntry = shownId.current === entry?.id;
    shownId.current = entry?.id;
    // Another entry opened: what was said about the last one no longer applies (a term just added
    // keeps its "Saved.", which is about the entry it has become).
    if (!sameEntry) setStatus((s) => (s.about === (entry?.id ?? '') ? s : NO_STATUS));
    if (sameEntry && dirty && !saving.current) return;
    setBase(stored);
    setTerm(entry?.term ?? prefillTerm ?? '');
    setDefinition(entry?.definition ?? '');
    setCategory(entry?.category ?? 'general-medical');
    setContext(contextToText(entry?.context));
    setNoteText(note);
    setIsKnown(known);
    setErrors({});
    setDirty(false);
  }, [stored]);
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setDirty(true);
    // Typing again: "Saved." is no longer true of what is on screen. A failure still stands.
    setStatus((s) => (s.failed ? s : NO_STATUS));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    // Read the fields themselves: what is on screen is what gets saved, even mid-render.
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const field = (name: string, fallback: string) => String(form.get(name) ?? fallback);
    const candidate = {
      ...(entry ?? { source: { publisher: 'MedlinePlus' as const } }),
      id: entry && !isNew ? entry.id : '',
      term: field('term', term).trim(),
      definition: field('definition', definition).trim(),
      category: (isNew ? field('category', category) : category) as Category,
    } as Entry;
    // Assigning keeps the key where it was, so an untouched shipped entry stays equal to itself.
    const words = textToContext(field('context', context));
    if (words.length) candidate.context = words;
    else delete candidate.context;
    const noteValue = field('note', noteText);
    const result = validateEntryFields(candidate, isNew ? takenIds : new Set());
    const notProblem = noteProblem(noteValue.trim());
    const found: FieldErrors = { ...result.errors, ...(notProblem ? { note: notProblem } : {}) };
    setErrors(found);
    if (!result.entry || notProblem) return;
    saving.current = true;
    const about = entry?.id ?? '';
    setStatus({ text: 'Saving…', about });
    try {
      await onSave(result.entry, noteValue, form.get('isKnown') !== null);
      setDirty(false);
      setStatus({ text: 'Saved.', about: result.entry.id });
    } catch (error) {
      setStatus({ text: `Not saved (nothing was changed): ${error instanceof Error ? error.message : String(error)}`, about, failed: true });
    } finally {
      saving.current = false;
    }
  };

  return (
    <form class="editor" onSubmit={submit} aria-labelledby="editor-title">
      <h2 id="editor-title">{isNew ? 'Add a term' : `Edit “${entry?.term ?? ''}”`}</h2>
      {origin === 'edited' && !newShipped && <p class="hint">You changed this entry. “Use the original” brings the shipped text back.</p>}
      {newShipped && (
        <div class="notice" role="note">
          <p>A newer version of the extension changed this entry since you edited it. Its text is now:</p>
          <blockquote>{newShipped.definition}</blockquote>
          <p>Your version is kept below. “Use the original” takes the new text instead.</p>
        </div>
      )}
      {changedElsewhere && (
        <p class="notice" role="alert">
          This entry was just changed somewhere else (another tab or a page). Your unsaved text is kept; saving replaces that change.
        </p>
      )}
      {isNew ? (
        <>
          <label>
            Term
            <input name="term" value={term} maxLength={LIMITS.termChars} aria-invalid={!!errors.term} aria-describedby="err-term" onInput={(e) => edit(setTerm)(e.currentTarget.value)} />
          </label>
          {errors.term && <p class="error" id="err-term">{sentence(errors.term)}</p>}
        </>
      ) : (
        <>
          {(entry?.aliases ?? []).length > 0 && (
            <div class="aliases">
              <p id="aliases-title">Also found on pages as:</p>
              <ul aria-labelledby="aliases-title">
                {entry!.aliases!.map((a) => (
                  <li key={`${a.kind}:${a.text}`}>
                    <span class="alias">{a.text}</span> <span class="tag">{ALIAS_KINDS[a.kind] ?? a.kind}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p class="hint">The term’s own spelling stays as it is; for another word, add it as a term of its own.</p>
        </>
      )}
      <label>
        Plain-language definition
        <textarea name="definition" rows={4} value={definition} maxLength={LIMITS.definitionChars} aria-invalid={!!errors.definition} aria-describedby="err-definition count-definition" onInput={(e) => edit(setDefinition)(e.currentTarget.value)} />
      </label>
      <CharCount id="count-definition" length={definition.length} max={LIMITS.definitionChars} />
      {errors.definition && <p class="error" id="err-definition">{sentence(errors.definition)}</p>}
      {isNew && (
        <label>
          Category
          <select name="category" value={category} onChange={(e) => edit(setCategory)(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{categoryLabel(c)}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        Underline it only near these words (optional, separated by commas; at most {LIMITS.contextWords}, each up to {LIMITS.contextWordChars} characters)
        <input name="context" value={context} maxLength={LIMITS.contextWords * (LIMITS.contextWordChars + 2)} aria-invalid={!!errors.context} aria-describedby="err-context" onInput={(e) => edit(setContext)(e.currentTarget.value)} />
      </label>
      {errors.context && <p class="error" id="err-context">{sentence(errors.context)}</p>}
      {(errors.aliases ?? errors.other) && <p class="error">{sentence((errors.aliases ?? errors.other)!)}</p>}
      <label>
        My note (only you see it, on every page where this term appears)
        <textarea name="note" rows={3} value={noteText} maxLength={LIMITS.noteChars} aria-invalid={!!errors.note} aria-describedby="err-note count-note" onInput={(e) => edit(setNoteText)(e.currentTarget.value)} />
      </label>
      <CharCount id="count-note" length={noteText.length} max={LIMITS.noteChars} from={0.9} />
      {errors.note && <p class="error" id="err-note">{sentence(errors.note)}</p>}
      <label class="check">
        <input type="checkbox" name="isKnown" checked={isKnown} onChange={(e) => edit(setIsKnown)(e.currentTarget.checked)} />
        I know this term: do not underline it on pages
      </label>
      <div class="actions">
        <button type="submit">Save</button>
        {origin === 'edited' && onRevert && <button type="button" onClick={() => void onRevert()}>Use the original</button>}
        {!isNew && onDelete && <button type="button" class="danger" onClick={() => void onDelete()}>Delete</button>}
      </div>
      <p role="status" class="status">{status.about === (entry?.id ?? '') ? status.text : ''}</p>
    </form>
  );
}
