// Starts real Chromium with the built extension and a local server for the fixture pages.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Files a fixture page may load besides the pages themselves: a real UI framework to prove we
// do not break one. Served from node_modules, so no network is needed.
const VENDOR: Record<string, string> = {
  '/vendor/preact.js': 'node_modules/preact/dist/preact.module.js',
  '/vendor/preact-hooks.js': 'node_modules/preact/hooks/dist/hooks.module.js',
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  baseUrl: string;
  close(): Promise<void>;
}

function serveFixtures(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const vendor = VENDOR[path];
    const file = vendor ? join(ROOT, vendor) : join(PAGES_DIR, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(ROOT) || !existsSync(file) || file.endsWith('/')) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

export async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'hgh-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The worker may have started before we listen: look first, then wait for the event.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const { server, baseUrl } = await serveFixtures();
  return {
    context,
    extensionId,
    baseUrl,
    async close() {
      await context.close();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(userDataDir, { recursive: true, force: true });
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
