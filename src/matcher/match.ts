// Leftmost-longest matching of a text against the trie. Pure: a string in, offsets out.
import { isJoiner, tokenize, type Tokens } from './tokenize';
import type { Hit, MatchIndex, TrieNode } from './trie';
import { passesCaseRule, passesContextRule } from './rules';

export interface Match {
  /** UTF-16 offset of the first character of the term in the text. */
  start: number;
  /** UTF-16 offset just past the term. */
  end: number;
  /** The glossary entry id. */
  termId: string;
  /** The familiarity rank of the words matched, when they are plainer than their entry. */
  level?: number;
}

function acceptedHit(index: MatchIndex, node: TrieNode, text: string, tokens: Tokens, first: number, last: number): Hit | undefined {
  return node.hits?.find(
    (hit) => passesCaseRule(hit, text, tokens, first, last, index) && passesContextRule(index.context[hit.entry], text, tokens, first, last),
  );
}

export function findMatches(index: MatchIndex, text: string): Match[] {
  const tokens = tokenize(text);
  const { starts, ends, norms } = tokens;
  const matches: Match[] = [];
  let i = 0;
  while (i < norms.length) {
    let node = index.root.get(norms[i]!);
    let best: { last: number; hit: Hit } | undefined;
    let j = i;
    while (node) {
      const hit = acceptedHit(index, node, text, tokens, i, j);
      if (hit) best = { last: j, hit };
      j += 1;
      if (j >= norms.length || !node.next || !isJoiner(text.slice(ends[j - 1], starts[j]))) break;
      node = node.next.get(norms[j]!);
    }
    if (best) {
      const level = best.hit.level === undefined ? {} : { level: best.hit.level };
      matches.push({ start: starts[i]!, end: ends[best.last]!, termId: index.ids[best.hit.entry]!, ...level });
      i = best.last + 1;
    } else {
      i += 1;
    }
  }
  return matches;
}
