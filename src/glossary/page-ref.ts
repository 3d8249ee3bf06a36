// Where a note was written: the page's title and address, kept so the notes export can say
// "seen on". Only http(s), and without query or fragment (they can carry personal tokens).
export interface PageRef {
  title: string;
  url: string;
}

export const PAGE_REF_LIMITS = { title: 300, url: 2048 };

/** A clean reference to a page, or undefined for anything that is not an http(s) page. */
export function pageRef(title: string, href: string): PageRef | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const clean = `${url.origin}${url.pathname}`;
  if (clean.length > PAGE_REF_LIMITS.url) return undefined;
  const t = title.replace(/\s+/g, ' ').trim().slice(0, PAGE_REF_LIMITS.title);
  return { title: t || url.host, url: clean };
}

/** Whether a value (from a message or a file) is a page reference we would have written. */
export function isPageRef(value: unknown): value is PageRef {
  if (typeof value !== 'object' || value === null) return false;
  const { title, url } = value as Record<string, unknown>;
  if (typeof title !== 'string' || typeof url !== 'string' || title.length > PAGE_REF_LIMITS.title) return false;
  const again = pageRef(title, url);
  return again !== undefined && again.url === url;
}
