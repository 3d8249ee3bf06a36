import type { Entry, GlossaryFile } from './types';

/** Joins the shipped glossary files into one list, ordered by id so builds are reproducible. */
export function joinGlossaryFiles(files: readonly GlossaryFile[]): Entry[] {
  return files.flatMap((f) => f.entries).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
