import { defineConfig } from 'wxt';
import { shippedForms } from './scripts/lib/vite-shipped-forms';
import { noInnerHtml } from './scripts/lib/vite-no-inner-html';
import { entryValidator } from './scripts/lib/vite-entry-validator';
import { wordnetDictionary } from './scripts/lib/vite-wordnet';

// The manifest asks for the least it can: `storage` so that open tabs hear about glossary and
// setting changes (storage.onChanged), nothing else. Content scripts need no host permission.
// The card frame is the one page a web page may load, only inside our own element; on Chrome
// only through an address that changes every session, so no site can probe for it.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Health Glossary Helper',
    description: 'Underlines medical jargon on health pages and explains it in plain language.',
    permissions: ['storage'],
    web_accessible_resources: [
      {
        resources: ['card-frame.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Our pages hold the user's whole glossary: the browser itself keeps them from loading or
    // sending anything elsewhere, and from being framed by anything but a page the card lives on.
    ...(browser === 'firefox'
      ? { content_security_policy: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" }
      : {
          content_security_policy: {
            extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'; img-src 'self' data:",
          },
          // No web page and no other extension may message the extension (implicit before).
          externally_connectable: { ids: [] },
        }),
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
