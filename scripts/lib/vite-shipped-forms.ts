// A Vite plugin that compiles the shipped glossary's written forms at build time, where
// compromise's cost is paid once, so the background only runs compromise for the user's own
// entries and edits. Exposed as the virtual module `virtual:shipped-forms`.
import type { Plugin } from 'vite';
import { formsOfEntry } from '../../src/matcher/compile';
import { inflections } from '../../src/matcher/nlp';
import { GLOSSARY_DIR, loadShippedEntries } from './load-glossary';
import { plainAliasLevel } from './familiarity';

const ID = 'virtual:shipped-forms';
const RESOLVED = `\0${ID}`;

export function shippedForms(): Plugin {
  return {
    name: 'health-glossary:shipped-forms',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(GLOSSARY_DIR);
      const forms = Object.fromEntries(loadShippedEntries().map((e) => [e.id, formsOfEntry(e, inflections, plainAliasLevel(e))]));
      return `export default ${JSON.stringify(forms)};`;
    },
  };
}
