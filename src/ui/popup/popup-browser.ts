// The popup's ties to the browser: which tab it speaks for, and files of the extension it reads.
import { browser } from 'wxt/browser';
import type { GeneralDictionary } from '../../dictionary/general-dictionary';
import { sendMessage, type PageInfo } from '../../messaging/protocol';

// `?tab=ID` picks the tab explicitly (the end-to-end tests open the popup as a page of its own).
async function currentTab(): Promise<number | undefined> {
  return Number(new URLSearchParams(location.search).get('tab')) || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

export async function pageInfo(): Promise<PageInfo | null> {
  const tabId = await currentTab();
  // The top frame describes the page the user sees (frames would otherwise race to answer).
  return tabId === undefined ? null : sendMessage('getPageInfo', null, { tabId, frameId: 0 });
}

export async function showTerm(termId: string): Promise<void> {
  const tabId = await currentTab();
  if (tabId !== undefined) await sendMessage('showTerm', { termId }, { tabId, frameId: 0 });
}

// Files emitted by the build (not in WXT's list of public paths, hence the plain-string call).
const extensionUrl = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

// The general dictionary ships inside the extension; it is read only when first needed.
let dictionary: Promise<GeneralDictionary> | undefined;
export function loadDictionary(): Promise<GeneralDictionary> {
  return (dictionary ??= fetch(extensionUrl('/dictionary/wordnet.json')).then((r) => r.json() as Promise<GeneralDictionary>));
}

export function addTerm(word: string): void {
  void browser.tabs.create({ url: extensionUrl(`/options.html?add=${encodeURIComponent(word)}`) });
}
