// Reads a personal glossary file and checks all of it before anything is written: every problem
// is reported with where it is, and a file with any problem is not imported at all.
import validateEntry from 'virtual:entry-validator';
import type { Entry } from '../glossary/types';
import { isPageRef } from '../glossary/page-ref';
import { isValidSetting, type Settings } from '../settings/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, LIMITS, type Backup } from './format';

export interface Problem {
  at: string;
  message: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function entryProblems(value: unknown, at: string): Problem[] {
  if (validateEntry(value)) return [];
  return (validateEntry.errors ?? []).slice(0, 5).map((e) => ({ at: `${at}${e.instancePath.replace(/\//g, '.')}`, message: e.message ?? 'is not valid' }));
}

function list(root: Record<string, unknown>, key: string, problems: Problem[]): unknown[] {
  const v = root[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push({ at: key, message: 'must be a list' });
    return [];
  }
  if (v.length > LIMITS.items) problems.push({ at: key, message: `has ${v.length} items; at most ${LIMITS.items} are accepted` });
  return v;
}

export function parseBackup(text: string): { backup?: Backup; problems: Problem[] } {
  if (text.length > LIMITS.fileBytes) return { problems: [{ at: 'file', message: `is ${(text.length / 1e6).toFixed(1)} MB; at most ${LIMITS.fileBytes / 1024 / 1024} MB is accepted` }] };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return { problems: [{ at: 'file', message: `is not valid JSON (${error instanceof Error ? error.message : 'parse error'})` }] };
  }
  if (!isObject(root)) return { problems: [{ at: 'file', message: 'is not a personal glossary file (expected an object)' }] };
  const problems: Problem[] = [];
  if (root.format !== BACKUP_FORMAT) problems.push({ at: 'format', message: `must be "${BACKUP_FORMAT}"` });
  if (root.version !== BACKUP_VERSION) problems.push({ at: 'version', message: `must be ${BACKUP_VERSION} (this file says ${JSON.stringify(root.version)})` });
  const entries = list(root, 'entries', problems);
  entries.forEach((e, i) => problems.push(...entryProblems(e, `entries[${i}]`)));
  const edits = list(root, 'edits', problems);
  edits.forEach((e, i) => {
    if (!isObject(e)) problems.push({ at: `edits[${i}]`, message: 'must be an object with entry and base' });
    else problems.push(...entryProblems(e.entry, `edits[${i}].entry`), ...entryProblems(e.base, `edits[${i}].base`));
  });
  const ids = (key: string) =>
    list(root as Record<string, unknown>, key, problems).forEach((v, i) => {
      if (typeof v !== 'string' || !ID.test(v)) problems.push({ at: `${key}[${i}]`, message: 'must be a term id' });
    });
  ids('deletions');
  ids('known');
  list(root, 'notes', problems).forEach((n, i) => {
    const at = `notes[${i}]`;
    if (!isObject(n)) return void problems.push({ at, message: 'must be an object with termId and text' });
    if (typeof n.termId !== 'string' || !ID.test(n.termId)) problems.push({ at: `${at}.termId`, message: 'must be a term id' });
    if (typeof n.text !== 'string') problems.push({ at: `${at}.text`, message: 'must be text' });
    else if (n.text.length > LIMITS.noteChars) problems.push({ at: `${at}.text`, message: `has ${n.text.length} characters; at most ${LIMITS.noteChars}` });
    if (n.seenOn !== undefined && !isPageRef(n.seenOn)) problems.push({ at: `${at}.seenOn`, message: 'must be a page title and an http(s) address without query or fragment' });
  });
  const settings = root.settings ?? {};
  if (!isObject(settings)) problems.push({ at: 'settings', message: 'must be an object' });
  else for (const [k, v] of Object.entries(settings)) if (!isValidSetting(k as keyof Settings, v)) problems.push({ at: `settings.${k}`, message: 'is not a known setting with a valid value' });
  const seen = new Set<string>();
  (entries as Entry[]).forEach((e, i) => {
    if (isObject(e) && typeof e.id === 'string') {
      if (seen.has(e.id)) problems.push({ at: `entries[${i}].id`, message: `"${e.id}" appears twice` });
      seen.add(e.id);
    }
  });
  if (problems.length) return { problems };
  const notes = (root.notes as Backup['notes'] | undefined) ?? [];
  return {
    backup: {
      ...(root as unknown as Backup),
      entries: entries as Entry[],
      edits: edits as Backup['edits'],
      deletions: (root.deletions as string[] | undefined) ?? [],
      known: (root.known as string[] | undefined) ?? [],
      notes: notes.map((n) => ({ termId: n.termId, text: n.text, updatedAt: typeof n.updatedAt === 'number' ? n.updatedAt : Date.now(), ...(n.seenOn ? { seenOn: n.seenOn } : {}) })),
      settings: settings as Record<string, unknown>,
    },
    problems,
  };
}
