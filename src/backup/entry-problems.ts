// What is wrong with one entry of a file, in words. The shape is checked by the validator
// compiled from the glossary's JSON Schema; its findings are turned from schema paths into
// sentences here. An entry of the right shape then meets the editor's own rules.
import validateEntry from 'virtual:entry-validator';
import type { Entry } from '../glossary/types';
import { entryProblems, quote } from '../glossary/validate-entry';

interface SchemaError {
  instancePath: string;
  keyword?: string;
  params?: Record<string, unknown>;
  message?: string;
}

const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields', number: 'a number', boolean: 'true or false' };

function fieldName(path: string[]): string {
  const [a, b, c] = path;
  const nth = (n: string | undefined) => Number(n) + 1;
  if (a === undefined) return 'the entry';
  if (a === 'aliases') return b === undefined ? 'the list of other names' : `other name ${nth(b)}${c ? ` (its ${c === 'text' ? 'text' : c})` : ''}`;
  if (a === 'context') return b === undefined ? 'the list of context words' : `context word ${nth(b)}`;
  if (a === 'related') return b === undefined ? 'the list of related terms' : `related term ${nth(b)}`;
  if (a === 'source') return b === undefined ? 'the source' : `the source’s ${b}`;
  return `the ${a}`;
}

const valueAt = (root: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), root);

function describe(e: SchemaError, root: unknown): string | undefined {
  const path = e.instancePath.split('/').slice(1);
  const field = fieldName(path);
  const p = e.params ?? {};
  const value = valueAt(root, path);
  switch (e.keyword) {
    case 'if':
      return undefined; // Reported by the rule it points at ("then").
    case 'required':
      return `${field} has no ${String(p.missingProperty)}`;
    case 'additionalProperties':
      return `${field} has a field this extension does not know (${quote(String(p.additionalProperty))})`;
    case 'type':
      return `${field} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)}`;
    case 'enum': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [];
      return `${field} ${typeof value === 'string' ? `${quote(value)} ` : ''}is not one of ${allowed.join(', ')}`;
    }
    case 'minLength':
      if (p.limit === 1) return `${field} is empty`;
      return `${field} is too short (at least ${String(p.limit)} characters)`;
    case 'maxLength':
      return `${field} is too long (${typeof value === 'string' ? `${value.length.toLocaleString('en-US')} characters; ` : ''}at most ${String(p.limit)})`;
    case 'pattern':
      if (path.at(-1) === 'checked') return `${field} must be a year and month such as “2026-05”`;
      if (path[0] === 'id' || path[0] === 'related') return `${field} must be lowercase letters and digits joined by hyphens, such as “watchful-waiting”`;
      return `${field} is empty`;
    case 'minItems':
      return `${field} must have at least ${String(p.limit)}`;
    case 'maxItems':
      return `${field} can have at most ${String(p.limit)}`;
    case 'uniqueItems':
      return `${field} names the same term twice`;
    default:
      return `${field} ${e.message ?? 'is not valid'}`;
  }
}

/** Up to five sentences-to-be ("the definition is too short (at least 10 characters)"). */
export function problemsOfEntry(value: unknown): string[] {
  if (!validateEntry(value)) {
    const errors = (validateEntry.errors ?? []) as SchemaError[];
    return [...new Set(errors.map((e) => describe(e, value)).filter((m): m is string => m !== undefined))].slice(0, 5);
  }
  return Object.values(entryProblems(value as Entry));
}

export function termOf(value: unknown): string | undefined {
  const term = value && typeof value === 'object' ? (value as { term?: unknown }).term : undefined;
  return typeof term === 'string' && term.trim() ? term : undefined;
}
