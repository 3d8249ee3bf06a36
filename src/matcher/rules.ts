// The rules that keep everyday words from lighting up: case-exact abbreviations, shouting
// headings, and terms that need a medical neighbour word in the same sentence.
import type { Tokens } from './tokenize';
import type { Hit, MatchIndex } from './trie';

const CONTEXT_WINDOW = 8;
const SHOUTED_WORD = /^\p{Lu}{3,}$/u;
const CAPITALS = /^\p{Lu}+$/u;
const SENTENCE_END = /[.!?;:\n]/;

function writtenWord(text: string, tokens: Tokens, k: number): string {
  return text.slice(tokens.starts[k], tokens.ends[k]).replace(/[\u00AD\u200C\u200D]/g, '');
}

function gapBefore(text: string, tokens: Tokens, k: number): string {
  return text.slice(tokens.ends[k - 1], tokens.starts[k]);
}

/**
 * An abbreviation that is also a word ("ALL", "CAR") next to another shouted word that is not a
 * term is a heading or a button, not the abbreviation: "ALL RIGHTS RESERVED".
 */
function inShoutedPhrase(index: MatchIndex, text: string, tokens: Tokens, first: number, last: number): boolean {
  if (first !== last || !CAPITALS.test(writtenWord(text, tokens, first))) return false;
  const neighbours: [number, string][] = [];
  if (first > 0) neighbours.push([first - 1, gapBefore(text, tokens, first)]);
  if (last + 1 < tokens.norms.length) neighbours.push([last + 1, gapBefore(text, tokens, last + 1)]);
  return neighbours.some(
    ([k, gap]) => /^[ \u00A0]+$/.test(gap) && SHOUTED_WORD.test(writtenWord(text, tokens, k)) && !index.root.has(tokens.norms[k]!),
  );
}

// Abbreviations that are also English words, and the words before which they are the word said
// with emphasis ("We ALL went", "not ALL lumps"), not the abbreviation ("children with ALL").
const ALSO_WORDS = new Set(['ALL', 'IT', 'US', 'AS', 'OR', 'AND', 'AM']);
const EMPHASIS_BEFORE = new Set(['we', 'they', 'you', 'not', 'at', 'them', 'us', 'almost', 'nearly', 'above']);

function isEmphasizedWord(text: string, tokens: Tokens, first: number, last: number): boolean {
  if (first !== last || first === 0 || !ALSO_WORDS.has(writtenWord(text, tokens, first))) return false;
  return EMPHASIS_BEFORE.has(tokens.norms[first - 1]!) && /^[ \u00A0]+$/.test(gapBefore(text, tokens, first));
}

export function passesCaseRule(hit: Hit, text: string, tokens: Tokens, first: number, last: number, index: MatchIndex): boolean {
  if (!hit.exact) return true;
  for (let k = first; k <= last; k += 1) {
    if (writtenWord(text, tokens, k) !== hit.exact[k - first]) return false;
  }
  return !inShoutedPhrase(index, text, tokens, first, last) && !isEmphasizedWord(text, tokens, first, last);
}

/** A context word within a few words of the term, in the same sentence. */
export function passesContextRule(context: Set<string> | null | undefined, text: string, tokens: Tokens, first: number, last: number): boolean {
  if (!context) return true;
  for (let k = first - 1; k >= Math.max(0, first - CONTEXT_WINDOW); k -= 1) {
    if (SENTENCE_END.test(gapBefore(text, tokens, k + 1))) break;
    if (context.has(tokens.norms[k]!)) return true;
  }
  const end = Math.min(tokens.norms.length - 1, last + CONTEXT_WINDOW);
  for (let k = last + 1; k <= end; k += 1) {
    if (SENTENCE_END.test(gapBefore(text, tokens, k))) break;
    if (context.has(tokens.norms[k]!)) return true;
  }
  return false;
}
