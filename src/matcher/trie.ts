// The page-time index: a token trie built from a compiled form table. Building it is cheap
// (a few milliseconds for thousands of entries), so it is rebuilt wherever it is needed.
import type { CompiledGlossary } from './compile';

export interface Hit {
  entry: number;
  exact?: string[];
  /** The form's own familiarity rank, when it is below its entry's. */
  level?: number;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: Hit[];
}

export interface MatchIndex {
  root: Map<string, TrieNode>;
  ids: string[];
  context: (Set<string> | null)[];
  /** What each abbreviation's entry stands for, normalized; null for other entries. */
  expansions: (string | null)[];
}

export function buildIndex(compiled: CompiledGlossary): MatchIndex {
  const root = new Map<string, TrieNode>();
  for (const form of compiled.forms) {
    let level = root;
    let node: TrieNode | undefined;
    for (const word of form.words) {
      node = level.get(word);
      if (!node) {
        node = {};
        level.set(word, node);
      }
      level = node.next ??= new Map();
    }
    if (!node) continue;
    // Case-exact hits go first so that "ALL" finds its entry before any case-free one.
    const hit: Hit = { entry: form.entry, ...(form.exact ? { exact: form.exact } : {}), ...(form.level === undefined ? {} : { level: form.level }) };
    node.hits ??= [];
    if (hit.exact) node.hits.unshift(hit);
    else node.hits.push(hit);
  }
  return {
    root,
    ids: compiled.ids,
    context: compiled.context.map((words) => (words ? new Set(words) : null)),
    expansions: compiled.expansions ?? compiled.ids.map(() => null),
  };
}
