// Node-side loader for the shipped glossary: the same files and the same join as the bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinGlossaryFiles } from '../../src/glossary/shipped';
import type { Entry, GlossaryFile } from '../../src/glossary/types';

// GLOSSARY_DIR in the environment points the tools at another set of files (e.g. to measure
// coverage before and after a batch of entries).
export const GLOSSARY_DIR = process.env.GLOSSARY_DIR ?? join(import.meta.dirname, '../../glossary/terms');

export function readGlossaryFiles(dir = GLOSSARY_DIR): { file: string; data: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
}

export function loadShippedEntries(dir = GLOSSARY_DIR): Entry[] {
  return joinGlossaryFiles(readGlossaryFiles(dir).map((f) => f.data as GlossaryFile));
}
