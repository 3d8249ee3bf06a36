// Real Chromium with the built extension, and the fixture pages served from 127.0.0.1.
import type { BrowserContext, Page } from 'playwright-core';
import { serveFixtures } from '../../scripts/lib/fixture-server';
import { launchWithExtension } from '../../scripts/lib/launch-chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  baseUrl: string;
  /** Serves generated content at a path of the fixture site. */
  route(path: string, body: string): void;
  close(): Promise<void>;
}

export async function launch(): Promise<Harness> {
  const browser = await launchWithExtension();
  const server = await serveFixtures();
  return {
    context: browser.context,
    extensionId: browser.extensionId,
    baseUrl: server.baseUrl,
    route: (path, body) => server.route(path, body),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Texts and term ids of every underlined range on the page, read from the page's own world. */
export function underlined(page: Page): Promise<{ text: string }[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('health-glossary-term');
    return h ? [...h].map((r) => ({ text: (r as Range).toString() })) : [];
  });
}

export async function waitForUnderlines(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction((n) => (CSS.highlights.get('health-glossary-term')?.size ?? 0) >= n, atLeast);
}

/** Centre of the first occurrence of `words` in the page's text, for hovering and clicking. */
export async function pointOf(page: Page, words: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 };
    }
    return null;
  }, words);
  if (!point) throw new Error(`"${words}" is not on the page`);
  return point;
}

/** Errors the page reports (uncaught exceptions and console errors), collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** A page of the fixture site, opened once its first underlines are painted. */
export async function openFixture(h: Harness, path: string, underlines = 1): Promise<{ page: Page; errors: string[] }> {
  const page = await h.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${h.baseUrl}/${path}`);
  await waitForUnderlines(page, underlines);
  return { page, errors };
}

/** The id of the active tab, asked of the extension's service worker (for `popup.html?tab=`). */
export async function activeTabId(h: Harness): Promise<number> {
  const worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** Stops the extension's service worker, as Chrome does after idling or an update; the next message wakes it afresh. */
export async function stopBackground(h: Harness): Promise<void> {
  const cdp = await h.context.newCDPSession(await h.context.newPage());
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
}

export { card } from '../../scripts/lib/card-frame';
