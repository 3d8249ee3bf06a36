// What the current tab reports, kept fresh while the popup is open: a page that adds or removes
// content changes its list of terms, and the popup follows within a second.
import { useEffect, useState } from 'preact/hooks';
import type { PageInfo } from '../../messaging/protocol';

export const REFRESH_MS = 1000;

export function usePageInfo(pageInfo: () => Promise<PageInfo | null>, onFirst: (info: PageInfo) => void, refreshMs = REFRESH_MS): PageInfo | null {
  const [page, setPage] = useState<PageInfo | null>(null);
  useEffect(() => {
    let alive = true;
    let last = '';
    let first = true;
    const read = () =>
      pageInfo().then(
        (info) => {
          if (!alive) return;
          if (info && first) onFirst(info);
          first = false;
          // Unchanged reports do not re-render the popup (and do not move the reader's focus).
          const key = JSON.stringify(info);
          if (key !== last) setPage(((last = key), info));
        },
        () => alive && first && setPage(null),
      );
    void read();
    const timer = setInterval(() => void read(), refreshMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);
  return page;
}
