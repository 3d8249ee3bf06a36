import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../src/messaging/protocol';
import { createCardHost } from '../../src/popover/card-host';
import { startPage } from '../../src/page/start-page';
import { onGlossaryChange } from '../../src/sync/revision';
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
  // WXT would otherwise post a message naming the extension into every page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const getUrl = browser.runtime.getURL as (p: string) => string;
    const frameUrl = getUrl('/card-frame.html');
    const frameOrigin = new URL(getUrl('/')).origin;
    const page = startPage(document, {
      getIndex: (hosts) => sendMessage('getIndex', { hosts }),
      createPopoverHost: (events) => {
        const host = createCardHost(document, frameUrl, frameOrigin, events);
        ctx.onInvalidated(() => host.remove());
        return host;
      },
      notePage: () => (browser.extension.inIncognitoContext ? undefined : pageRef(document.title, location.href)),
      onGlossaryChange,
    });
    // The popup asks the top frame only (frameId 0); a frame's content script answers only there.
    onMessage('getPageInfo', () => page.pageInfo());
    onMessage('showTerm', (m) => page.showTerm(String(m.data?.termId ?? '')));
  },
});
