// The sites whose on/off choice applies to a document: its own and, for a frame, the pages it is
// embedded in. An about:blank or srcdoc frame has no host of its own in its address, but it
// inherits its creator's origin, and it follows the page it sits in either way.

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function pageHosts(doc: Document): string[] {
  const win = doc.defaultView;
  const own = hostOf(win?.origin ?? '') || (doc.location?.hostname ?? '').toLowerCase();
  const ancestors: string[] = [];
  const list = doc.location?.ancestorOrigins;
  if (list) for (let i = 0; i < list.length; i += 1) ancestors.push(hostOf(list[i]!));
  else {
    // Without ancestorOrigins (Firefox), the top page's host is readable only when same-origin.
    try {
      if (win && win.top && win.top !== win) ancestors.push(win.top.location.hostname.toLowerCase());
    } catch {
      // A cross-origin top page: its own frame decides for itself.
    }
  }
  return [...new Set([own, ...ancestors].filter((h) => h !== ''))].slice(0, 4);
}
