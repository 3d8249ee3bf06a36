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
async function pageInfo() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = asked || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return tabId === undefined ? null : sendMessage('getPageInfo', null, tabId);
}

render(
  <PopupApp
    db={openDatabaseOrNull()}
    shipped={SHIPPED_ENTRIES}
    lemmas={lemmas}
    openOptions={() => void browser.runtime.openOptionsPage()}
    pageInfo={pageInfo}
    announceChange={announceGlossaryChange}
  />,
  document.getElementById('app')!,
);
