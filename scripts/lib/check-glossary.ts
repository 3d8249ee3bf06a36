// Every rule the shipped glossary must meet, as data: the check script prints these, the tests
// assert on them, and invalid fixtures prove each rule rejects what it should.
import { Ajv } from 'ajv';
import schema from '../../glossary/term.schema.json' with { type: 'json' };
import type { Entry, GlossaryFile } from '../../src/glossary/types';
import { normalizeWord, phraseWords } from '../../src/matcher/tokenize';
import { readingGrade, wordCount } from './readability';

export interface Problem {
  file: string;
  id?: string;
  message: string;
}

export const MAX_WORDS = 45; // "about 40": a hard stop a little above the target
export const MAX_GRADE = 12;
export const MAX_MEDIAN_GRADE = 8;

// Everyday words that must never be underlined on their own.
const EVERYDAY = new Set(['car', 'all', 'mass', 'shock', 'left', 'right', 'panel', 'stage', 'grade', 'culture', 'discharge',
  'positive', 'negative', 'tender', 'labor', 'labour', 'cell', 'face', 'back', 'arm', 'well', 'fit', 'cold', 'dose', 'port', 'host',
  'plan', 'care', 'test', 'may', 'can', 'it', 'us', 'or', 'er', 'pet', 'am', 'pm', 'dr', 'ms', 'md', 'mr', 'is']);
const ADVICE = /\b(you should|you must|ask your doctor to|we recommend|do not take|stop taking)\b/i;
const URL_LIKE = /(https?:\/\/|www\.|\.com\b|\.gov\b|\.org\b)/i;

const ajv = new Ajv({ allErrors: true });
const validateFile = ajv.compile<GlossaryFile>(schema);

function key(text: string): string {
  return phraseWords(text).map(normalizeWord).join(' ');
}

export interface CheckResult {
  problems: Problem[];
  entries: Entry[];
  grades: { id: string; grade: number }[];
}

export function checkGlossary(files: readonly { file: string; data: unknown }[]): CheckResult {
  const problems: Problem[] = [];
  const entries: { file: string; entry: Entry }[] = [];
  for (const { file, data } of files) {
    if (!validateFile(data)) {
      for (const e of validateFile.errors ?? []) problems.push({ file, message: `schema: ${e.instancePath || '/'} ${e.message ?? ''}` });
      continue;
    }
    for (const entry of data.entries) entries.push({ file, entry });
  }
  const ids = new Map<string, string>();
  const forms = new Map<string, { id: string; exact: boolean; written: string; context: boolean }>();
  for (const { file, entry } of entries) {
    const at = { file, id: entry.id };
    if (ids.has(entry.id)) problems.push({ ...at, message: `duplicate id (also in ${ids.get(entry.id)})` });
    ids.set(entry.id, file);
    const names = [{ text: entry.term, exact: entry.case === 'exact' }, ...(entry.aliases ?? []).map((a) => ({ text: a.text, exact: a.case === 'exact' }))];
    for (const name of names) {
      const k = key(name.text);
      if (k === '') problems.push({ ...at, message: `"${name.text}" has no letters or digits` });
      if (!name.exact && EVERYDAY.has(k) && !entry.context) problems.push({ ...at, message: `"${name.text}" is an everyday word: make it case-exact or give the entry a context rule` });
      const other = forms.get(k);
      // One abbreviation may have several senses, each its own entry, when every one of them has
      // a context rule: the page's words then choose the sense, and where none decides, nothing
      // is underlined (the matcher never guesses).
      const senses = other && other.exact && name.exact && other.written === name.text && other.context && !!entry.context;
      if (other && other.id !== entry.id && !senses && (!other.exact || !name.exact || other.written === name.text)) {
        problems.push({ ...at, message: `"${name.text}" is also a name of "${other.id}"${other.written === name.text && name.exact ? ' (two senses of one abbreviation need a context rule each)' : ''}` });
      }
      if (!other || !name.exact) forms.set(k, { id: entry.id, exact: name.exact, written: name.text, context: !!entry.context });
    }
    for (const text of [entry.definition, entry.detail ?? '']) {
      if (URL_LIKE.test(text)) problems.push({ ...at, message: 'contains an address: learn-more links are built from the source, never written' });
      if (ADVICE.test(text)) problems.push({ ...at, message: 'reads as treatment advice' });
    }
    const words = wordCount(entry.definition);
    if (words > MAX_WORDS) problems.push({ ...at, message: `definition has ${words} words (at most about 40)` });
  }
  for (const { file, entry } of entries) {
    for (const rel of entry.related ?? []) {
      if (!ids.has(rel)) problems.push({ file, id: entry.id, message: `related id "${rel}" does not exist` });
      if (rel === entry.id) problems.push({ file, id: entry.id, message: 'is related to itself' });
    }
  }
  const grades = entries.map(({ entry }) => ({ id: entry.id, grade: readingGrade(entry.definition) }));
  for (const g of grades) {
    if (g.grade > MAX_GRADE) problems.push({ file: ids.get(g.id) ?? '?', id: g.id, message: `reading grade ${g.grade.toFixed(1)} is above ${MAX_GRADE}` });
  }
  const median = medianOf(grades.map((g) => g.grade));
  if (grades.length > 0 && median > MAX_MEDIAN_GRADE) problems.push({ file: '*', message: `median reading grade ${median.toFixed(1)} is above ${MAX_MEDIAN_GRADE}` });
  return { problems, entries: entries.map((e) => e.entry), grades };
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
