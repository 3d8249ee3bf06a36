import { defineConfig } from 'wxt';
import { shippedForms } from './scripts/lib/vite-shipped-forms';
import { noInnerHtml } from './scripts/lib/vite-no-inner-html';
import { entryValidator } from './scripts/lib/vite-entry-validator';
import { wordnetDictionary } from './scripts/lib/vite-wordnet';

// The manifest asks for the least it can: `storage` so that open tabs hear about glossary and
// setting changes (storage.onChanged), nothing else. Content scripts need no host permission.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Health Glossary Helper',
    description: 'Underlines medical jargon on health pages and explains it in plain language.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'health-glossary-helper@health-glossary-helper.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [shippedForms(), entryValidator(), noInnerHtml(), wordnetDictionary()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
});
