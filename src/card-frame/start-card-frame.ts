// The card frame's life: link up with the content script that made it, then render the card.
import { render } from 'preact';
import { createElement } from 'preact';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import { CardFrameApp, type CardFrameApi } from './CardFrameApp';
import { linkToContentScript } from './frame-link';
import type { ToFrame } from './frame-messages';

export function startCardFrame(win: Window, root: HTMLElement, inPrivateWindow: boolean): void {
  let listener: (m: ToFrame) => void = () => {};
  const link = linkToContentScript(win, (m) => listener(m));
  const api: CardFrameApi = {
    lookup: (termId) => sendMessage('lookup', { termId }),
    // In a private window no page title or address is kept with a note.
    saveNote: (termId, text, page) => sendMessage('saveNote', { termId, text, ...(page && !inPrivateWindow ? { seenOn: page } : {}) }),
    setKnown: (termId, known) => sendMessage('setKnown', { termId, known }),
    addTerm: (term) => {
      const url = (browser.runtime.getURL as (p: string) => string)(`/options.html?add=${encodeURIComponent(term)}`);
      void browser.tabs.create({ url });
    },
  };
  render(createElement(CardFrameApp, { api, link, subscribe: (l) => void (listener = l) }), root);
}
