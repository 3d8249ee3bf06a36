// What the background knows: the merged glossary and its compiled index, rebuilt lazily after
// any change. Falls back to the shipped glossary alone when IndexedDB cannot be opened.
import { compileGlossary, type CompiledGlossary, type DraftForm, type Inflect } from '../matcher/compile';
import { rankOf } from '../glossary/familiarity';
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
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../settings/settings';

interface State {
  byId: Map<string, MergedEntry>;
  // Notes and known marks change in place: saving one never recompiles the index.
  notes: Map<string, string>;
  known: Set<string>;
  settings: Settings;
  compiled: CompiledGlossary;
  storageAvailable: boolean;
  compiledRevision: number;
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
  // Stamps unique across restarts of the service worker, so a tab never mistakes a new index for
  // the one it holds. `revision` moves with every change a tab must hear of (a known mark, too).
  let seq = 0;
  const stamp = () => Date.now() * 1000 + (seq++ % 1000);
  let revision = stamp();

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
    const compiled = compileGlossary(merged.map((m) => m.entry), inflect, memo, (e, i) => rankOf(e, merged[i]!.origin === 'user'));
    const byId = new Map(merged.map((m) => [m.entry.id, m]));
    return { byId, notes: data.notes, known: data.known, settings, compiled, storageAvailable, compiledRevision: stamp() };
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

  /**
   * A write that succeeded also updates what the background holds, without a rebuild; unless the
   * state was rebuilt meanwhile (it then read the database, which holds this write or a later one).
   */
  const andThen = async (result: Promise<WriteResult>, update: (s: State) => void): Promise<WriteResult> => {
    const before = state;
    const r = await result;
    if (r.ok && before && state === before) update(await before);
    return r;
  };

  return {
    invalidate(): void {
      revision = stamp();
      state = null;
    },
    /** Whether an id names an entry of the merged glossary (writes for unknown ids are refused). */
    async has(termId: string): Promise<boolean> {
      return (await current()).byId.has(termId);
    },
    /** `hosts`: the page's own and its top page's; the page is on only where all are on. */
    async getIndex(hosts: readonly string[] = []): Promise<IndexPayload> {
      const s = await current();
      const { disabledSites: _, ...settings } = s.settings;
      return {
        revision,
        compiledRevision: s.compiledRevision,
        compiled: s.compiled,
        storageAvailable: s.storageAvailable,
        settings,
        active: hosts.every((h) => isActiveOn(s.settings, h)) && s.settings.enabled,
        known: [...s.known],
      };
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
    saveNote: (termId: string, text: string, seenOn?: PageRef) =>
      andThen(write('The note', (d) => saveNote(d, termId, text, seenOn)), (s) => {
        if (text.trim()) s.notes.set(termId, text.trim());
        else s.notes.delete(termId);
      }),
    setKnown: (termId: string, known: boolean) =>
      andThen(write('The mark', (d) => setKnown(d, termId, known)), (s) => {
        revision = stamp();
        if (known) s.known.add(termId);
        else s.known.delete(termId);
      }),
  };
}
