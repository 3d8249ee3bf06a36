// The options page container: reads the user's data live from Dexie, merges it with the
// shipped glossary, and saves what the editor hands back. Every save tells open tabs.
import { useMemo, useState } from 'preact/hooks';
import type { GlossaryDb } from '../../db/database';
import { deleteEntry, revertEntry, saveEntry } from '../../db/entries';
import { saveNote } from '../../db/notes';
import { readUserData } from '../../db/user-data';
import { mergeGlossary } from '../../glossary/merge';
import type { Entry } from '../../glossary/types';
import type { DraftForm } from '../../matcher/compile';
import { useLiveQuery } from '../use-live-query';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { BackupSection } from './BackupSection';
import { SettingsSection } from './SettingsSection';
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
}

function haystack(entry: Entry): string {
  return [entry.term, ...(entry.aliases ?? []).map((a) => a.text), entry.definition].join(' \u0000 ').toLowerCase();
}

export function OptionsApp({ db, shipped, announceChange, formsOf, glossaryVersion = '', addWord }: OptionsAppProps) {
  const { value: data, error } = useLiveQuery(() => (db ? readUserData(db) : Promise.reject(new Error('no database'))), [db]);
  const { value: settings } = useLiveQuery(() => (db ? readSettings(db) : Promise.resolve(DEFAULT_SETTINGS)), [db]);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | 'new' | undefined>(addWord ? 'new' : undefined);
  const storageProblem = !db || error !== undefined;

  const merged = useMemo(
    () => mergeGlossary(shipped, data ?? { userEntries: [], edits: [], deletions: [] }),
    [shipped, data],
  );
  const searchable = useMemo(() => merged.map((m) => ({ m, text: haystack(m.entry) })), [merged]);
  const q = query.trim().toLowerCase();
  const items = q ? searchable.filter((s) => s.text.includes(q)).map((s) => s.m) : merged;
  const current = selected && selected !== 'new' ? merged.find((m) => m.entry.id === selected) : undefined;
  const shippedById = useMemo(() => new Map(shipped.map((e) => [e.id, e])), [shipped]);
  const notes = data?.notes ?? new Map<string, string>();

  const write = async (work: (db: GlossaryDb) => Promise<void>) => {
    if (!db) throw new Error('browser storage is unavailable');
    await work(db);
    await announceChange();
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
        <label>
          Search terms
          <input type="search" name="search" value={query} placeholder="term, alias or words in a definition" onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => setSelected('new')} disabled={storageProblem}>Add a term</button>
      </div>
      <div class="panes">
        <EntryList items={items} total={merged.length} selectedId={current?.entry.id} notes={notes} onSelect={setSelected} />
        {(current || selected === 'new') && (
          <EntryEditor
            entry={current?.entry ?? null}
            isNew={selected === 'new'}
            prefillTerm={addWord}
            origin={current?.origin}
            {...(current?.shippedChanged ? { newShipped: shippedById.get(current.entry.id) } : {})}
            note={current ? notes.get(current.entry.id) ?? '' : ''}
            takenIds={new Set(merged.map((m) => m.entry.id))}
            onSave={async (entry, note) => {
              await write(async (d) => {
                await saveEntry(d, entry, shippedById.get(entry.id), formsOf(entry));
                await saveNote(d, entry.id, note);
              });
              setSelected(entry.id);
            }}
            onRevert={() => write((d) => revertEntry(d, current!.entry.id))}
            onDelete={async () => {
              await write((d) => deleteEntry(d, current!.entry.id, shippedById.has(current!.entry.id)));
              setSelected(undefined);
            }}
          />
        )}
      </div>
      {db && !storageProblem && (
        <SettingsSection settings={settings ?? DEFAULT_SETTINGS} onChange={(key, value) => void write((d) => writeSetting(d, key, value))} />
      )}
      {db && !storageProblem && (
        <BackupSection
          db={db}
          glossaryVersion={glossaryVersion}
          termOf={(id) => merged.find((m) => m.entry.id === id)?.entry.term}
          formsOf={formsOf}
          announceChange={announceChange}
        />
      )}
    </main>
  );
}
