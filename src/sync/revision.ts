// Open tabs learn that what they underline changed through storage.onChanged: it reaches every
// content script even while the background service worker is asleep. Only the background writes
// the revision; a content script that writes it can at most make tabs ask the background again.
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';

export const REVISION_KEY = 'glossaryRevision';

/** Background: tell every tab and extension page that the glossary or the user's data changed. */
export async function broadcastRevision(revision: number): Promise<void> {
  await browser.storage.local.set({ [REVISION_KEY]: revision });
}

/** Extension pages: after writing the database, have the background rebuild and tell the tabs. */
export async function announceGlossaryChange(): Promise<void> {
  await sendMessage('glossaryChanged', null);
}

export function onGlossaryChange(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && REVISION_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
