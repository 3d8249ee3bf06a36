// The options page container: reads the user's data live from Dexie, merges it with the
// shipped glossary, and saves what the editor hands back. Every save tells open tabs.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryDb } from '../../db/database';
import { deleteEntry, restoreDeleted, revertEntry } from '../../db/entries';
import { restoreNote } from '../../db/notes';
import { saveEntryAndNote } from '../../db/save-entry-and-note';
import { readUserData } from '../../db/user-data';
import { mergeGlossary, type MergedEntry } from '../../glossary/merge';
import type { Entry } from '../../glossary/types';
import type { DraftForm } from '../../matcher/compile';
import { notesAsMarkdown } from '../../backup/export-backup';
import { useLiveQuery } from '../use-live-query';
import { useTheme } from '../use-theme';
import { useChangeSignal } from '../use-change-signal';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { BackupSection } from './BackupSection';
import { SettingsSection } from './SettingsSection';
import { FilterBar } from './FilterBar';
import { NotesView } from './NotesView';
import { OptionsIntro } from './OptionsIntro';
import { UndoList } from './UndoList';
import { useUndoStack } from './use-undo-stack';
import { filterEntries, NO_FILTER, toSearchable, type EntryFilter } from './filter-entries';
import { download } from './download';
import { readSettings, writeSetting } from '../../db/settings';
import { DEFAULT_SETTINGS } from '../../settings/settings';

export interface OptionsAppProps {
  db: GlossaryDb | null;
  shipped: readonly Entry[];
  announceChange: () => Promise<void>;
  /** Compiles an entry's written forms (compromise), stored with it so the background need not. */
  formsOf: (entry: Entry) => DraftForm[];
  glossaryVersion?: string;
  /** A word to open a new entry for (the popup's "add to my glossary"). */
  addWord?: string;
  /** Tells of changes made elsewhere (the background), which Dexie's live queries miss. */
  onExternalChange?: (listener: () => void) => () => void;
}

export function OptionsApp({ db, shipped, announceChange, formsOf, glossaryVersion = '', addWord, onExternalChange }: OptionsAppProps) {
  const changed = useChangeSignal(onExternalChange);
  const { value: data, error } = useLiveQuery(() => (db ? readUserData(db) : Promise.reject(new Error('no database'))), [db, changed]);
  const { value: settings } = useLiveQuery(() => (db ? readSettings(db) : Promise.resolve(DEFAULT_SETTINGS)), [db, changed]);
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string | 'new' | undefined>(addWord ? 'new' : undefined);
  // Each entry the user opens gets a fresh editor: its fields are filled before anything can be
  // typed, and what the last form said ("Saved.", a field's error) goes with it. A term just added
  // keeps its editor (and its "Saved."): only the user's own choice of entry counts.
  const [opened, setOpened] = useState(0);
  const selectedNow = useRef(selected);
  selectedNow.current = selected;
  const open = (id: string | 'new') => {
    if (id === selectedNow.current) return; // Opening the entry already open keeps the typing.
    setSelected(id);
    setOpened((n) => n + 1);
  };
  const undo = useUndoStack();
  const storageProblem = !db || error !== undefined;
  useTheme(document, (settings ?? DEFAULT_SETTINGS).theme);

  const merged = useMemo(
    () => mergeGlossary(shipped, data ?? { userEntries: [], edits: [], deletions: [] }),
    [shipped, data],
  );
  const searchable = useMemo(() => toSearchable(merged), [merged]);
  const notes = data?.notes ?? new Map<string, string>();
  const known = data?.known ?? new Set<string>();
  const items = filterEntries(searchable, filter, notes, known);
  const byId = useMemo(() => new Map(merged.map((m) => [m.entry.id, m])), [merged]);
  // A term just added is shown from what was saved until the live query brings it, so the editor
  // stays open (with its "Saved.") instead of closing for a moment.
  const [justAdded, setJustAdded] = useState<MergedEntry | null>(null);
  const current = selected && selected !== 'new' ? byId.get(selected) ?? (justAdded?.entry.id === selected ? justAdded : undefined) : undefined;
  const shippedById = useMemo(() => new Map(shipped.map((e) => [e.id, e])), [shipped]);
  const termOf = (id: string) => byId.get(id)?.entry.term ?? shippedById.get(id)?.term;

  const write = async <T,>(work: (db: GlossaryDb) => Promise<T>): Promise<T> => {
    if (!db) throw new Error('browser storage is unavailable');
    const result = await work(db);
    await announceChange();
    return result;
  };

  return (
    <main class="options">
      <h1>Health Glossary Helper: my glossary</h1>
      {storageProblem && (
        <p class="warning" role="alert">
          Your browser storage is unavailable here, so the shipped glossary is shown and changes cannot be saved.
        </p>
      )}
      <div class="toolbar">
        <FilterBar filter={filter} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} />
        <button type="button" onClick={() => open('new')} disabled={storageProblem}>Add a term</button>
      </div>
      <UndoList items={undo.items} onUndo={(key) => void undo.undo(key)} />
      <div class="panes">
        <EntryList items={items} total={merged.length} selectedId={current?.entry.id} notes={notes} query={filter.query} onSelect={open} />
        {!(current || selected === 'new') && <OptionsIntro canSave={!storageProblem} />}
        {(current || selected === 'new') && (
          <EntryEditor
            key={opened}
            entry={current?.entry ?? null}
            isNew={selected === 'new'}
            prefillTerm={addWord}
            origin={current?.origin}
            {...(current?.shippedChanged ? { newShipped: shippedById.get(current.entry.id) } : {})}
            note={current ? notes.get(current.entry.id) ?? '' : ''}
            takenIds={new Set(byId.keys())}
            known={current ? known.has(current.entry.id) : false}
            onSave={async (entry, note, isKnown) => {
              // One transaction: "Not saved" then means none of the entry, note and mark was.
              const before = await write((d) => saveEntryAndNote(d, entry, shippedById.get(entry.id), formsOf(entry), note, isKnown));
              if (before && note.trim() === '') undo.push(`Cleared your note on “${entry.term}”.`, () => write((d) => restoreNote(d, entry.id, before)).then(() => open(entry.id)));
              if (selected === 'new') setJustAdded({ entry, origin: 'user' });
              setSelected(entry.id);
            }}
            onRevert={async () => {
              const { id, term } = current!.entry;
              const removed = await write((d) => revertEntry(d, id));
              undo.push(`“${term}” is back to the original text; your version was set aside.`, () => write((d) => restoreDeleted(d, removed)).then(() => open(id)));
            }}
            onDelete={async () => {
              const { id, term } = current!.entry;
              const deleted = await write((d) => deleteEntry(d, id, shippedById.has(id)));
              undo.push(`Deleted “${term}”.`, () => write((d) => restoreDeleted(d, deleted)).then(() => open(id)));
              setSelected(undefined);
              setJustAdded(null);
            }}
          />
        )}
      </div>
      <NotesView
        notes={(data?.noteRows ?? []).map((n) => ({ ...n, term: termOf(n.termId) ?? n.termId }))}
        onOpen={open}
        onExport={() => download('questions-for-my-care-team.md', 'text/markdown', notesAsMarkdown(data?.noteRows ?? [], termOf))}
      />
      {db && !storageProblem && (
        <SettingsSection settings={settings ?? DEFAULT_SETTINGS} onChange={(key, value) => void write((d) => writeSetting(d, key, value))} />
      )}
      {db && !storageProblem && (
        <BackupSection db={db} glossaryVersion={glossaryVersion} formsOf={formsOf} announceChange={announceChange} />
      )}
    </main>
  );
}
