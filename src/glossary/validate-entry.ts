// The rules a user's entry and note must meet, each broken rule said in words a person can act
// on. The options editor and the import both use these (with the limits in limits.ts), so an
// entry the editor saves is always one the import takes back.
import { LIMITS } from './limits';
import type { Entry } from './types';

export type Field = 'term' | 'definition' | 'context' | 'aliases' | 'note' | 'other';
export type FieldErrors = Partial<Record<Field, string>>;

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = /\u0000/;

const count = (n: number) => n.toLocaleString('en-US');
/** A short quote of the user's text: a 15 MB word must not become a 15 MB message. */
export const quote = (text: string) => `“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”`;
/** "the term is empty" -> "The term is empty." for a message shown on its own. */
export const sentence = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;

/** A 53-bit string hash (cyrb53): stable across releases and browsers, no crypto API needed. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const clip = (slug: string, max: number) => slug.slice(0, max).replace(/-+$/, '');

/**
 * The id of a new term: its Latin letters and digits as a slug ("watchful-waiting"). Letters the
 * slug cannot keep (биопсия, 活检, خزعة) add a hash of the whole term, so the id is never empty and
 * two different terms never share one.
 */
export function idForTerm(term: string): string {
  const folded = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const lossy = /[^\P{L}a-z]|[^\P{N}0-9]/u.test(folded);
  if (slug && !lossy) return clip(slug, LIMITS.idChars);
  const h = hash(term.trim().normalize('NFC').toLowerCase());
  return slug ? `${clip(slug, LIMITS.idChars - h.length - 2)}-u${h}` : `u-${h}`;
}

/** A term, alias or context word: one visible line, with no hidden characters. */
export function nameProblem(text: string, what: string, max: number, min = 1): string | undefined {
  if (text.trim() === '') return `${what} is empty`;
  if (text.length > max) return `${what} is too long (${count(text.length)} characters; at most ${max})`;
  if (text.length < min) return `${what} is too short (at least ${min} characters)`;
  if (LONE_SURROGATE.test(text)) return `${what} contains a broken character (half of an emoji or symbol)`;
  if (BIDI.test(text)) return `${what} contains a hidden text-direction mark, which can make it look like another word`;
  if (CONTROL.test(text)) return `${what} contains a hidden control character (such as NUL or a line break)`;
  return undefined;
}

/** Running text (definitions, notes): line breaks are fine, broken or NUL characters are not. */
function textProblem(text: string, what: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return `${what} contains a broken character (half of an emoji or symbol)`;
  if (NUL.test(text)) return `${what} contains a hidden NUL character`;
  return undefined;
}

export function noteProblem(text: string): string | undefined {
  if (text.length > LIMITS.noteChars) return `the note is too long (${count(text.length)} characters; at most ${count(LIMITS.noteChars)})`;
  return textProblem(text, 'the note');
}

/** Every rule of the entry's text, by field; the first broken rule of each field is kept. */
export function entryProblems(entry: Entry): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: Field, message: string | undefined) => {
    if (message && !errors[field]) errors[field] = message;
  };
  put('term', nameProblem(entry.term, 'the term', LIMITS.termChars));
  if (!errors.term && !/[\p{L}\p{N}]/u.test(entry.term)) put('term', 'the term needs at least one letter or digit');
  const definition = entry.definition;
  if (definition.trim().length < LIMITS.definitionMinChars) put('definition', `the definition is too short (at least ${LIMITS.definitionMinChars} characters)`);
  else if (definition.length > LIMITS.definitionChars) put('definition', `the definition is too long (${count(definition.length)} characters; at most ${LIMITS.definitionChars})`);
  else put('definition', textProblem(definition, 'the definition'));
  const context = entry.context ?? [];
  if (context.length > LIMITS.contextWords) put('context', `there are ${count(context.length)} context words; at most ${LIMITS.contextWords}`);
  context.forEach((w, i) => put('context', nameProblem(w, `context word ${i + 1} (${quote(w)})`, LIMITS.contextWordChars, LIMITS.contextWordMinChars)));
  const aliases = entry.aliases ?? [];
  if (aliases.length > LIMITS.aliases) put('aliases', `there are ${count(aliases.length)} other names; at most ${LIMITS.aliases}`);
  aliases.forEach((a, i) => put('aliases', nameProblem(a.text, `other name ${i + 1} (${quote(a.text)})`, LIMITS.aliasChars)));
  for (const key of ['detail', 'expansion'] as const) {
    const value = entry[key];
    if (value !== undefined) put('other', textProblem(value, `the ${key}`));
  }
  return errors;
}

/** The editor's check: trims, names a new term, and refuses a term that is already there. */
export function validateEntryFields(candidate: Entry, takenIds: ReadonlySet<string>): { entry?: Entry; errors: FieldErrors } {
  const term = candidate.term.trim();
  const definition = candidate.definition.trim();
  const entry: Entry = { ...candidate, id: candidate.id || idForTerm(term), term, definition };
  const errors = entryProblems(entry);
  if (!errors.term && !candidate.id && takenIds.has(entry.id)) errors.term = 'this term is already in the glossary: search for it and edit it instead';
  if (Object.keys(errors).length > 0) return { errors };
  return { entry, errors };
}
