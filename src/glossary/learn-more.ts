import type { Publisher, Source } from './types';

// Each publisher's own site-search address. A "learn more" link is always one of these with the
// term as the query: we never write or guess a page URL.
const SEARCH_ADDRESS: Record<Publisher, string> = {
  NCI: 'https://www.cancer.gov/search/results?swKeyword=',
  MedlinePlus: 'https://vsearch.nlm.nih.gov/vivisimo/cgi-bin/query-meta?v%3Aproject=medlineplus&query=',
  NHS: 'https://www.nhs.uk/search/results?q=',
  CDC: 'https://search.cdc.gov/search/?query=',
  FDA: 'https://www.fda.gov/search?s=',
  NIH: 'https://search.nih.gov/search?affiliate=nih&query=',
};

export const PUBLISHER_NAMES: Record<Publisher, string> = {
  NCI: 'National Cancer Institute',
  MedlinePlus: 'MedlinePlus',
  NHS: 'NHS',
  CDC: 'CDC',
  FDA: 'FDA',
  NIH: 'National Institutes of Health',
};

export function learnMoreUrl(source: Source, term: string): string {
  return SEARCH_ADDRESS[source.publisher] + encodeURIComponent(source.query ?? term);
}
