// Finds entries for what a user typed: exact term or alias (any case, any inflection), then
// terms starting with it, then names within a few typing mistakes, then entries whose definition or
// the user's note mentions it.
import { allowedEdits, editDistance } from './edit-distance';
import type { Entry } from '../glossary/types';
import { normalizeWord, phraseWords } from '../matcher/tokenize';

export interface SearchHit {
  entry: Entry;
  /** How it was found, best first. */
  reason: 'exact' | 'prefix' | 'spelling' | 'mentions';
  /** The name or alias that matched, when not the term itself. */
  via?: string;
}

export interface GlossarySearch {
  search(query: string, limit?: number): SearchHit[];
}

function key(text: string): string {
  return phraseWords(text).map(normalizeWord).join(' ');
}

/** Keys without spaces or hyphens too, so "PD1" finds "PD-1" and "car t" finds "CAR-T". */
function compact(k: string): string {
  return k.replace(/ /g, '');
}

export function createGlossarySearch(
  entries: readonly Entry[],
  lemmas: (word: string) => string[],
  notes: ReadonlyMap<string, string> = new Map(),
): GlossarySearch {
  const byKey = new Map<string, { entry: Entry; via?: string }[]>();
  const names: { name: string; entry: Entry; via?: string }[] = [];
  for (const entry of entries) {
    for (const name of [entry.term, ...(entry.aliases ?? []).map((a) => a.text)]) {
      const via = name === entry.term ? undefined : name;
      for (const k of new Set([key(name), compact(key(name))])) {
        const list = byKey.get(k) ?? [];
        if (!list.some((x) => x.entry === entry)) list.push({ entry, via });
        byKey.set(k, list);
      }
      names.push({ name: key(name), entry, via });
    }
  }

  return {
    search(query, limit = 20) {
      const q = key(query);
      if (q === '') return [];
      const hits: SearchHit[] = [];
      const seen = new Set<Entry>();
      const push = (entry: Entry, reason: SearchHit['reason'], via?: string) => {
        if (seen.has(entry) || hits.length >= limit) return;
        seen.add(entry);
        hits.push(via ? { entry, reason, via } : { entry, reason });
      };
      const words = q.split(' ');
      const last = words.pop() ?? '';
      for (const lemma of lemmas(last)) {
        const k = [...words, normalizeWord(lemma)].join(' ');
        for (const found of [...(byKey.get(k) ?? []), ...(byKey.get(compact(k)) ?? [])]) push(found.entry, 'exact', found.via);
      }
      for (const n of names) if (n.name.startsWith(q)) push(n.entry, 'prefix', n.via);
      // Misspellings: whole names within a few edits, closest first (only when there is room).
      const edits = allowedEdits(q.length);
      if (edits > 0 && hits.length < limit) {
        const close: [typeof names[number], number][] = [];
        for (const n of names) {
          const d = editDistance(q, n.name, edits);
          if (d <= edits) close.push([n, d]);
        }
        close.sort((a, b) => a[1] - b[1]);
        for (const [n] of close) push(n.entry, 'spelling', n.via);
      }
      if (q.length >= 3) {
        const mention = new RegExp(`\\b${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
        for (const entry of entries) {
          if (hits.length >= limit) break;
          const note = notes.get(entry.id) ?? '';
          if (mention.test(`${entry.definition} ${note}`)) push(entry, 'mentions');
        }
      }
      return hits;
    },
  };
}
