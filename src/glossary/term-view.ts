import type { Entry } from './types';

/** What the popover and the popup show for one term: the entry as it now stands, and the user's marks. */
export interface TermView {
  entry: Entry;
  origin: 'shipped' | 'edited' | 'user';
  note?: string;
  known: boolean;
  /** Related entries that exist, with their display names. */
  related?: { id: string; term: string }[];
}
