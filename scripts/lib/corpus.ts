// Reads ../shared/corpus (real NIH patient pages, CC BY 4.0) when it is present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_FILE = join(import.meta.dirname, '../../../shared/corpus/medquad-pages.jsonl');
/** British NHS pages (Open Government Licence), beside the US ones. */
export const NHS_CORPUS_FILE = join(import.meta.dirname, '../../../shared/corpus/nhs-pages.jsonl');

export interface CorpusPage {
  url: string;
  title: string;
  text: string;
}

export function corpusAvailable(file = CORPUS_FILE): boolean {
  return existsSync(file);
}

export function readCorpus(file = CORPUS_FILE): CorpusPage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusPage);
}
