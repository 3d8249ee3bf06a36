// The rules a user's entry must meet, with a message for each field. The same limits as the
// shipped glossary's schema, so a user entry can never break matching or the popover.
import type { Entry } from './types';

export type FieldErrors = Partial<Record<'term' | 'definition', string>>;

export function idForTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export function validateEntryFields(candidate: Entry, takenIds: ReadonlySet<string>): { entry?: Entry; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const term = candidate.term.trim();
  const definition = candidate.definition.trim();
  const id = candidate.id || idForTerm(term);
  if (term === '') errors.term = 'Write the term.';
  else if (term.length > 80) errors.term = 'Keep the term under 80 characters.';
  else if (!/[\p{L}\p{N}]/u.test(term)) errors.term = 'The term needs at least one letter or digit.';
  else if (!candidate.id && takenIds.has(id)) errors.term = 'This term is already in the glossary: search for it and edit it instead.';
  if (definition.length < 10) errors.definition = 'Write a definition of at least 10 characters.';
  else if (definition.length > 400) errors.definition = `Keep the definition under 400 characters (now ${definition.length}).`;
  if (Object.keys(errors).length > 0) return { errors };
  return { entry: { ...candidate, id, term, definition }, errors };
}
