// The toolbar popup: a search box, focused on open, that finds a term whatever form is typed
// and shows its card. Reads the user's data live so edits and notes show at once.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossaryDb } from '../../db/database';
import { readUserData } from '../../db/user-data';
import { mergeGlossary } from '../../glossary/merge';
import type { Entry } from '../../glossary/types';
import { createGlossarySearch } from '../../search/search-glossary';
import { TermCard } from '../TermCard';
import { useLiveQuery } from '../use-live-query';
import { useTheme } from '../use-theme';
import { useChangeSignal } from '../use-change-signal';
import { readSettings, writeSetting } from '../../db/settings';
import { saveNote } from '../../db/notes';
import { setKnown } from '../../db/known';
import type { PageInfo } from '../../messaging/protocol';
import { DEFAULT_SETTINGS, withSite } from '../../settings/settings';
import { SiteControls } from './SiteControls';
import { OnThisPage } from './OnThisPage';
import { usePageInfo } from './use-page-info';
import { GeneralResult } from './GeneralResult';
import { lookupGeneral, suggestWords, type GeneralDictionary, type GeneralHit } from '../../dictionary/general-dictionary';

export interface PopupAppProps {
  db: GlossaryDb | null;
  shipped: readonly Entry[];
  lemmas: (word: string) => string[];
  openOptions: () => void;
  /** Asks the current tab's content script what it shows; null where none runs. */
  pageInfo: () => Promise<PageInfo | null>;
  announceChange: () => Promise<void>;
  showTerm?: (termId: string) => void;
  /** Loads the offline general dictionary, only when a word is not in the glossary. */
  loadDictionary?: () => Promise<GeneralDictionary>;
  /** Opens the options page with a new entry for this word. */
  addTerm?: (word: string) => void;
  /** Tells of changes made elsewhere (the background), which Dexie's live queries miss. */
  onExternalChange?: (listener: () => void) => () => void;
}

export function PopupApp({ db, shipped, lemmas, openOptions, pageInfo, announceChange, showTerm, loadDictionary, addTerm, onExternalChange }: PopupAppProps) {
  const changed = useChangeSignal(onExternalChange);
  const { value: settings } = useLiveQuery(() => (db ? readSettings(db) : Promise.resolve(DEFAULT_SETTINGS)), [db, changed]);
  // A word selected on the page is what the reader wants explained.
  const page = usePageInfo(pageInfo, (info) => info.selection && setQuery((q) => q || info.selection));
  const current = settings ?? DEFAULT_SETTINGS;
  useTheme(document, current.theme);
  const save = async (work: () => Promise<void>) => {
    await work();
    await announceChange();
  };
  const attempt = async (work: (d: GlossaryDb) => Promise<void>) => {
    if (!db) return { ok: false, error: 'Browser storage is unavailable here, so this cannot be saved.' };
    try {
      await save(() => work(db));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: `Not saved (${error instanceof Error ? error.name : 'error'}); nothing was changed.` };
    }
  };
  const { value: data } = useLiveQuery(() => (db ? readUserData(db) : Promise.reject(new Error('no database'))), [db, changed]);
  const [query, setQuery] = useState('');
  const merged = useMemo(() => mergeGlossary(shipped, data ?? { userEntries: [], edits: [], deletions: [] }), [shipped, data]);
  const notes = data?.notes ?? new Map<string, string>();
  const search = useMemo(() => createGlossarySearch(merged.map((m) => m.entry), lemmas, notes), [merged, notes]);
  const hits = useMemo(() => search.search(query, 8), [search, query]);
  const top = hits[0];
  const [general, setGeneral] = useState<{ query: string; hit: GeneralHit | null; suggestions: string[] } | null>(null);
  // A glossary answer found only as a near spelling ("ladder" ~ "bladder") yields to a real word.
  const needsGeneral = !!loadDictionary && query.trim() !== '' && (!top || top.reason === 'mentions' || top.reason === 'spelling');
  useEffect(() => {
    if (!needsGeneral || !loadDictionary) return;
    let current = true;
    void loadDictionary().then((dict) => {
      if (!current) return;
      const hit = lookupGeneral(dict, query, lemmas);
      setGeneral({ query, hit, suggestions: hit ? [] : suggestWords(dict, query) });
    });
    return () => {
      current = false;
    };
  }, [query, needsGeneral]);
  // When the card shown is not a glossary entry, every glossary hit goes in the list below.
  const listAll = !!top && (top.reason === 'mentions' || (top.reason === 'spelling' && general?.query === query && !!general.hit));
  const origin = top ? merged.find((m) => m.entry === top.entry)?.origin ?? 'shipped' : 'shipped';

  return (
    <main class="popup">
      <h1 class="title">Health Glossary Helper</h1>
      <label class="search">
        <span>Look up a word</span>
        <input type="search" name="lookup" autoFocus value={query} placeholder="e.g. cytokines, PD-L1, Keytruda" onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <div aria-live="polite">
        {query.trim() !== '' && !top && !loadDictionary && <p class="empty">No glossary entry for “{query.trim()}”.</p>}
        {needsGeneral && general?.query === query && (general.hit || !top || top.reason === 'mentions') && (
          <GeneralResult query={query.trim()} hit={general.hit} suggestions={general.suggestions} onAdd={(w) => addTerm?.(w)} onPick={setQuery} />
        )}
        {top && top.reason !== 'mentions' && !(general?.query === query && general.hit && top.reason === 'spelling') && (
          <section class="result" aria-label="Best match">
            {top.reason === 'spelling' && <p class="hint">Closest match for “{query.trim()}”:</p>}
            <TermCard
              view={{
                entry: top.entry,
                origin,
                known: data?.known.has(top.entry.id) ?? false,
                related: (top.entry.related ?? []).flatMap((id) => {
                  const r = merged.find((m) => m.entry.id === id);
                  return r ? [{ id, term: r.entry.term }] : [];
                }),
                ...(notes.get(top.entry.id) ? { note: notes.get(top.entry.id)! } : {}),
              }}
              matchedText={top.via ?? undefined}
              actions={{
                saveNote: (text) => attempt((d) => saveNote(d, top.entry.id, text)),
                setKnown: (known) => attempt((d) => setKnown(d, top.entry.id, known)),
                openRelated: (id) => setQuery(merged.find((m) => m.entry.id === id)?.entry.term ?? ''),
              }}
            />
          </section>
        )}
        {(listAll ? hits.length > 0 : hits.length > 1) && (
          <section class="more">
            <h3>{listAll ? 'In the glossary: close spellings and entries that mention it' : 'Also'}</h3>
            <ul>
              {(listAll ? hits : hits.slice(1)).map((h) => (
                <li key={h.entry.id}>
                  <button type="button" onClick={() => setQuery(h.entry.term)}>{h.entry.term}</button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {page && showTerm && (
        <details class="page-terms" open={query.trim() === ''}>
          <summary>On this page ({page.terms.length})</summary>
          <OnThisPage terms={page.terms} nameOf={(id) => merged.find((m) => m.entry.id === id)?.entry.term ?? id} onShow={showTerm} />
        </details>
      )}
      <SiteControls
        host={page?.host || null}
        siteOn={!!page && !current.disabledSites.includes(page.host)}
        everywhereOn={current.enabled}
        onSite={(on) => db && page && void save(() => writeSetting(db, 'disabledSites', withSite(current, page.host, on)))}
        onEverywhere={(on) => db && void save(() => writeSetting(db, 'enabled', on))}
      />
      <p class="links"><button type="button" class="link" onClick={openOptions}>My glossary and notes</button></p>
    </main>
  );
}
