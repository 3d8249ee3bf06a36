import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openDatabaseOrNull } from '../../src/db/open';
import { SHIPPED_ENTRIES } from '../../src/glossary/bundled';
import { lemmas } from '../../src/matcher/nlp';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { sendMessage } from '../../src/messaging/protocol';
import { announceGlossaryChange } from '../../src/sync/revision';
import '../../src/ui/popup/popup.css';

// `?tab=ID` picks the tab explicitly (the end-to-end tests open the popup as a page of its own).
const tab = async () =>
  Number(new URLSearchParams(location.search).get('tab')) || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
const pageInfo = async () => {
  const tabId = await tab();
  return tabId === undefined ? null : sendMessage('getPageInfo', null, tabId);
};
const showTerm = async (termId: string) => {
  const tabId = await tab();
  if (tabId !== undefined) await sendMessage('showTerm', { termId }, tabId);
};

render(
  <PopupApp
    db={openDatabaseOrNull()}
    shipped={SHIPPED_ENTRIES}
    lemmas={lemmas}
    openOptions={() => void browser.runtime.openOptionsPage()}
    pageInfo={pageInfo}
    announceChange={announceGlossaryChange}
    showTerm={(termId) => void showTerm(termId)}
  />,
  document.getElementById('app')!,
);
