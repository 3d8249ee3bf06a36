import { useEffect, useState } from 'preact/hooks';

/**
 * A number that grows whenever `subscribe` reports a change. Dexie's live queries do not see
 * writes made by the background service worker, so pages also re-read on the glossary's
 * change announcement (a note saved in a page's popover must show on an open options page).
 */
export function useChangeSignal(subscribe?: (listener: () => void) => () => void): number {
  const [n, setN] = useState(0);
  useEffect(() => subscribe?.(() => setN((x) => x + 1)), [subscribe]);
  return n;
}
