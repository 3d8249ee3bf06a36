// What the background knows: the merged glossary and its compiled index, rebuilt lazily after
// any change. Falls back to the shipped glossary alone when IndexedDB cannot be opened.
import { compileGlossary, type CompiledGlossary, type DraftForm, type Inflect } from '../matcher/compile';
import { mergeGlossary, type MergedEntry } from '../glossary/merge';
import type { Entry } from '../glossary/types';
import type { TermView } from '../glossary/term-view';
import type { GlossaryDb } from '../db/database';
import { readUserData, type UserData } from '../db/user-data';
import { saveNote } from '../db/notes';
import type { PageRef } from '../glossary/page-ref';
import type { IndexPayload, WriteResult } from '../messaging/protocol';
import { setKnown } from '../db/known';
import { readSettings } from '../db/settings';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

interface State {
  byId: Map<string, MergedEntry>;
  notes: ReadonlyMap<string, string>;
  known: ReadonlySet<string>;
  settings: Settings;
  compiled: CompiledGlossary;
  storageAvailable: boolean;
  revision: number;
}

const NO_DATA: UserData = { userEntries: [], edits: [], deletions: [], notes: new Map(), noteRows: [], known: new Set() };

/**
 * `precomputed`: forms of the shipped entries compiled at build time; the user's entries carry
 * forms compiled where they were saved. `inflect` covers anything else (e.g. an imported entry).
 */
export function createGlossaryService(
  db: GlossaryDb | null,
  shipped: readonly Entry[],
  inflect: Inflect,
  precomputed: Readonly<Record<string, DraftForm[]>> = {},
) {
  const memo = new WeakMap<Entry, DraftForm[]>();
  for (const entry of shipped) {
    const forms = precomputed[entry.id];
    if (forms) memo.set(entry, forms);
  }
  let state: Promise<State> | null = null;
  let revision = 0;

  async function load(): Promise<State> {
    let data = NO_DATA;
    let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
    let storageAvailable = db !== null;
    if (db) {
      try {
        [data, settings] = await Promise.all([readUserData(db), readSettings(db)]);
      } catch (error) {
        console.warn('Health Glossary Helper: personal glossary unavailable, using the shipped one.', error);
        storageAvailable = false;
      }
    }
    const merged = mergeGlossary(shipped, data);
    for (const m of merged) if (m.forms && !memo.has(m.entry)) memo.set(m.entry, m.forms);
    const compiled = compileGlossary(merged.map((m) => m.entry), inflect, memo);
    const byId = new Map(merged.map((m) => [m.entry.id, m]));
    return { byId, notes: data.notes, known: data.known, settings, compiled, storageAvailable, revision };
  }

  const current = () => (state ??= load());

  async function write(what: string, work: (db: GlossaryDb) => Promise<void>): Promise<WriteResult> {
    if (!db) return { ok: false, error: `${what} cannot be saved: browser storage is unavailable.` };
    try {
      await work(db);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: `${what} could not be saved (${error instanceof Error ? error.name : 'error'}). Nothing was changed.` };
    }
  }

  return {
    invalidate(): void {
      revision += 1;
      state = null;
    },
    async getIndex(): Promise<IndexPayload> {
      const s = await current();
      return { revision: s.revision, compiled: s.compiled, storageAvailable: s.storageAvailable, settings: s.settings, known: [...s.known] };
    },
    async lookup(termId: string): Promise<TermView | null> {
      const s = await current();
      const merged = s.byId.get(termId);
      if (!merged) return null;
      const note = s.notes.get(termId);
      const related = (merged.entry.related ?? []).flatMap((id) => {
        const r = s.byId.get(id);
        return r ? [{ id, term: r.entry.term }] : [];
      });
      return { entry: merged.entry, origin: merged.origin, ...(note ? { note } : {}), known: s.known.has(termId), related };
    },
    saveNote: (termId: string, text: string, seenOn?: PageRef) => write('The note', (d) => saveNote(d, termId, text, seenOn)),
    setKnown: (termId: string, known: boolean) => write('The mark', (d) => setKnown(d, termId, known)),
  };
}
