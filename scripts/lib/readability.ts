// Reading grade of a definition: the Flesch-Kincaid formula (wooorm/flesch-kincaid) over word,
// sentence and syllable counts (wooorm/syllable). Development tooling only.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function readingGrade(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
