// Open tabs learn that the glossary or the user's data changed through storage.onChanged: it
// reaches every content script even while the background service worker is asleep.
import { browser } from 'wxt/browser';

export const REVISION_KEY = 'glossaryRevision';

export async function announceGlossaryChange(): Promise<void> {
  await browser.storage.local.set({ [REVISION_KEY]: Date.now() });
}

export function onGlossaryChange(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && REVISION_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
