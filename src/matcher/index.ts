// The matcher's public face: compile entries once, then match strings. No DOM, no browser API.
export { compileGlossary, type CompiledGlossary, type Form } from './compile';
export { buildIndex, type MatchIndex } from './trie';
export { findMatches, type Match } from './match';
