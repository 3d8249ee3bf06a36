// A chosen file, checked by its size before a byte of it is read: a file of several gigabytes
// must not be loaded into the options page's memory only to be refused.
import { LIMITS } from '../glossary/limits';
import { parseBackup, type ParsedBackup } from './parse-backup';

const refused = (message: string): ParsedBackup => ({ problems: [{ at: 'file', message }], problemCount: 1 });

export async function readBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<ParsedBackup> {
  if (file.size > LIMITS.fileBytes) {
    return refused(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${LIMITS.fileBytes / 1024 / 1024} MB can be imported.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refused(`The file could not be read (${error instanceof Error ? error.name : 'error'}).`);
  }
  return parseBackup(text);
}
