// How familiar a term is, as a rank the page can compare, and which ranks each "how many" setting
// underlines. Everyday and common words are left alone by default: a reader knows them.
import type { Entry, Familiarity } from './types';
import type { UnderlineLevel } from '../settings/settings';

export const FAMILIARITY_RANK: Readonly<Record<Familiarity, number>> = { everyday: 0, common: 1, medical: 2, specialist: 3 };

/** The lowest rank underlined at each setting: "fewer" the hardest words only, "all" everything. */
export const LOWEST_UNDERLINED: Readonly<Record<UnderlineLevel, number>> = { fewer: 3, default: 2, all: 0 };

/**
 * An entry's rank. A shipped entry without a level counts as medical; the user's own terms are
 * always underlined (they were added to be explained).
 */
export function rankOf(entry: Pick<Entry, 'familiarity'>, ownTerm = false): number {
  if (ownTerm) return FAMILIARITY_RANK.specialist;
  return FAMILIARITY_RANK[entry.familiarity ?? 'medical'];
}
