import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../src/messaging/protocol';
import { createPopoverHost } from '../../src/popover/mount';
import { startPage } from '../../src/page/start-page';
import { onGlossaryChange } from '../../src/sync/revision';
import { readCachedIndex } from '../../src/sync/index-cache';
import { pageRef } from '../../src/glossary/page-ref';
import '../../src/page/underline.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Each frame reads its own text: embedded articles and same-origin frames are explained too.
  allFrames: true,
  matchAboutBlank: true,
  // Starts early to fetch and build the index while the page loads; reads the page once parsed.
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const page = startPage(document, {
      getIndex: async () => (await readCachedIndex()) ?? sendMessage('getIndex', null),
      lookup: (termId) => sendMessage('lookup', { termId }),
      saveNote: (termId, text) => sendMessage('saveNote', { termId, text, seenOn: pageRef(document.title, location.href) }),
      setKnown: (termId, known) => sendMessage('setKnown', { termId, known }),
      onGlossaryChange,
      popoverHost: createPopoverHost(ctx),
    });
    onMessage('getPageInfo', () => page.pageInfo());
    onMessage('showTerm', (m) => page.showTerm(String(m.data?.termId ?? '')));
  },
});
