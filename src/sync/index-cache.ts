// The compiled index, kept in storage.local next to the revision it was built for, so that a tab
// opened while the background sleeps can underline at once instead of waking it first.
import { browser } from 'wxt/browser';
import type { IndexPayload } from '../messaging/protocol';
import { REVISION_KEY } from './revision';

const CACHE_KEY = 'indexCache';

/** Which release and which change of the user's data an index belongs to. */
async function currentStamp(): Promise<string> {
  const stored = await browser.storage.local.get(REVISION_KEY);
  return `${browser.runtime.getManifest().version}:${String(stored[REVISION_KEY] ?? 0)}`;
}

export async function readCachedIndex(): Promise<IndexPayload | null> {
  try {
    const [stamp, stored] = await Promise.all([currentStamp(), browser.storage.local.get(CACHE_KEY)]);
    const cache = stored[CACHE_KEY] as { stamp?: string; payload?: IndexPayload } | undefined;
    return cache?.stamp === stamp && cache.payload ? cache.payload : null;
  } catch {
    return null;
  }
}

/** Builds the index and caches it, unless the user's data changed while it was being built. */
export async function cacheIndex(build: () => Promise<IndexPayload>): Promise<IndexPayload> {
  const before = await currentStamp();
  const payload = await build();
  if ((await currentStamp()) === before) {
    await browser.storage.local.set({ [CACHE_KEY]: { stamp: before, payload } }).catch(() => {
      // A full storage only costs the cache: the next tab asks the background again.
    });
  }
  return payload;
}
