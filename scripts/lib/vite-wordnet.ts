// Emits the general dictionary as a file of the extension (dictionary/wordnet.json), built once
// per process, with WordNet's license beside it.
import type { Plugin } from 'vite';
import { buildWordnetIndex, WORDNET_LICENSE } from './wordnet-index';

// Kept on globalThis: WXT loads the config afresh for each of its builds in one process.
const cache = globalThis as { __hghWordnet?: string };

export function wordnetDictionary(): Plugin {
  return {
    name: 'health-glossary:wordnet',
    apply: 'build',
    generateBundle() {
      cache.__hghWordnet ??= JSON.stringify(buildWordnetIndex());
      this.emitFile({ type: 'asset', fileName: 'dictionary/wordnet.json', source: cache.__hghWordnet });
      this.emitFile({ type: 'asset', fileName: 'dictionary/WORDNET-LICENSE.txt', source: WORDNET_LICENSE() });
    },
  };
}
