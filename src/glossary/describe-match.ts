import type { Entry } from './types';
import { normalizeWord, phraseWords } from '../matcher/tokenize';

function key(text: string): string {
  return phraseWords(text).map(normalizeWord).join('');
}

/**
 * One line saying how the words on the page relate to the entry: "Short for tumor-infiltrating
 * lymphocyte" for an abbreviation, "A brand name for pembrolizumab" for a brand, and for other
 * words of the same thing "Medical word: dyspnea" (or "Also called ..." when the entry's own name
 * is the plainer one). The card's title is then the page's own words.
 */
export function describeMatch(entry: Entry, matchedText: string): string | undefined {
  const k = key(matchedText);
  if (entry.expansion && (key(entry.term) === k || key(`${entry.term}s`) === k)) return `Short for ${entry.expansion}`;
  for (const alias of entry.aliases ?? []) {
    const a = key(alias.text);
    if (a !== k && `${a}s` !== k) continue;
    if (alias.kind === 'abbreviation') return `Short for ${entry.expansion ?? entry.term}`;
    if (alias.kind === 'brand') return `A brand name for ${entry.term}`;
    if (alias.kind === 'synonym') {
      const medical = entry.familiarity === 'medical' || entry.familiarity === 'specialist';
      return `${medical ? 'Medical word' : 'Also called'}: ${entry.term}`;
    }
  }
  return undefined;
}
