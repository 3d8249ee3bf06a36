// Debian's Chromium with the built extension loaded, as the tests, the demo and the benchmarks
// use it. The extension id comes from its service worker's URL.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from './fixture-server';

// HGH_EXTENSION_DIR: a copy of a build elsewhere (a second checkout's tests beside a build in progress).
export const EXTENSION_DIR = process.env.HGH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean; extension?: boolean } = {}): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'hgh-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // The machine has no network: without these Chromium keeps trying to reach its services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let extensionId = '';
  if (withExtension) {
    // The worker may have started before we listen: look first, then wait for the event.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
