// Who checked a card's facts, against what and when, in the reader's own language:
// "Checked against NHS, December 2026". The user's own words are said to be theirs.
import type { Source } from './types';
import { PUBLISHER_NAMES } from './learn-more';

export function checkedLine(source: Source, origin: 'shipped' | 'edited' | 'user', locale?: string): string {
  if (origin === 'user') return 'Written by you.';
  const month = source.checked ? monthOf(source.checked, locale) : '';
  const against = `${origin === 'edited' ? 'Your words; the original was checked' : 'Checked'} against ${PUBLISHER_NAMES[source.publisher]}`;
  return `${against}${month ? `, ${month}` : ''}.`;
}

function monthOf(checked: string, locale?: string): string {
  const [y, m] = checked.split('-').map(Number);
  if (!y || !m) return '';
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 15));
}
