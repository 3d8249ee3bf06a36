// Compiles glossary/term.schema.json's entry definition into plain validation code at build time
// (Ajv standalone), so the options page checks imported and edited entries against the very
// schema the shipped glossary is held to, without `eval` (which Manifest V3 forbids).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';

const ID = 'virtual:entry-validator';
const RESOLVED = `\0${ID}`;
const SCHEMA = join(import.meta.dirname, '../../glossary/term.schema.json');

export function entryValidator(): Plugin {
  return {
    name: 'health-glossary:entry-validator',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SCHEMA);
      const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { $id: string };
      // unicode: false measures lengths in UTF-16 units (as the rest of the code does), with no helper.
      const ajv = new Ajv({ code: { source: true, esm: true }, allErrors: true, unicode: false });
      ajv.addSchema(schema);
      const validate = ajv.getSchema(`${schema.$id}#/definitions/entry`);
      if (!validate) throw new Error('term.schema.json has no #/definitions/entry');
      // Ajv's output still `require()`s small runtime helpers, which neither a page nor Node's ESM
      // can load the same way: inline the one we need (uniqueItems over JSON values) instead.
      const code = standaloneCode(ajv, validate).replace(
        'require("ajv/dist/runtime/equal").default',
        '((a, b) => JSON.stringify(a) === JSON.stringify(b))',
      );
      if (code.includes('require(')) throw new Error('Ajv standalone code needs a runtime helper this plugin does not inline');
      return code;
    },
  };
}
