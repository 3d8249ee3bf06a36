// The one set of size limits for the user's data. The options editor, the entry and note checks,
// the import and the export all read these, so anything the UI can save is something the import
// accepts; the popover and the message schemas use the same numbers.

export const LIMITS = {
  /** A term id: lowercase letters and digits in hyphen-separated groups. */
  idChars: 80,
  termChars: 80,
  aliasChars: 80,
  aliases: 40,
  definitionMinChars: 10,
  definitionChars: 400,
  noteChars: 10_000,
  /** Context words decide where a term is underlined; a long one would bloat every page's index. */
  contextWordMinChars: 2,
  contextWordChars: 40,
  contextWords: 30,
  /** A personal glossary file. */
  fileBytes: 20 * 1024 * 1024,
  /** Items in any one list of that file. */
  items: 50_000,
  /** Problems listed for one file; past this the list only says how many more there are. */
  problems: 100,
} as const;

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isTermId = (v: unknown): v is string => typeof v === 'string' && v.length <= LIMITS.idChars && ID_PATTERN.test(v);
