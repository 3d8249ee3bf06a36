// The background trusts no content script (audit M2, M3), each frame follows its page's on/off
// choice (M4), and the popup speaks with the top frame (M5). Messages are sent from the content
// script's own isolated world, as a compromised renderer could.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { activeTabId, launch, waitForUnderlines, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

/** Evaluates in the extension's isolated world of the page's top frame (where its content script runs). */
async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let ctx: (typeof contexts)[number] | undefined;
  while (!(ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Health Glossary Helper')) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!ctx) throw new Error('no isolated world for the content script');
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true })) as { result?: { value?: unknown } };
  await cdp.detach();
  return r.result?.value;
}

const send = (type: string, data: unknown) =>
  `new Promise((res) => chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() }, res))`;

const underlinedIn = (frame: Frame) =>
  frame.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].map((r) => (r as Range).toString())).catch(() => ['(gone)']);

async function turnSiteOff(host: string) {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.evaluate(async (site) => {
    const open = indexedDB.open('health-glossary-helper');
    await new Promise((r) => (open.onsuccess = r));
    const tx = open.result.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'disabledSites', value: [site] });
    await new Promise((r) => (tx.oncomplete = r));
    open.result.close();
    await new Promise((r) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void } } }).chrome.runtime.sendMessage({ id: 1, type: 'glossaryChanged', data: null, timestamp: Date.now() }, r));
  }, host);
  await options.close();
}

describe('a content script (a page’s renderer) asking the background', () => {
  it('gets no note, cannot write notes or known marks, and is not told which sites are off', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(page, 3);
    const lookup = JSON.stringify(await inContentWorld(page, send('lookup', { termId: 'biopsy' })));
    expect(lookup).toMatch(/only to the extension's own pages/);
    expect(lookup).not.toContain('definition');
    const write = JSON.stringify(await inContentWorld(page, send('saveNote', { termId: 'biopsy', text: 'forged' })));
    expect(write).toMatch(/only to the extension's own pages/);
    const known = JSON.stringify(await inContentWorld(page, send('setKnown', { termId: 'biopsy', known: true })));
    expect(known).toMatch(/only to the extension's own pages/);
    const index = (await inContentWorld(page, `${send('getIndex', { hosts: ['127.0.0.1'] })}.then((r) => r.res)`)) as Record<string, unknown>;
    expect(index).toMatchObject({ active: true });
    expect(index.settings).not.toHaveProperty('disabledSites');
    // Control: the same page's card frame reads the entry (the frame is an extension page).
    await page.close();
  });

  it('cannot change what another tab underlines through storage', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(page, 3);
    const keys = await inContentWorld(page, `(async () => {
      await chrome.storage.local.set({ indexCache: { stamp: 'x', payload: { compiled: { ids: ['biopsy'], forms: [] } } }, glossaryRevision: 1 });
      return Object.keys(await chrome.storage.local.get(null));
    })()`);
    expect(keys).toEqual(expect.arrayContaining(['glossaryRevision']));
    h.route('/plain.html', '<!doctype html><title>t</title><p>the cat sat on the mat after a biopsy</p>');
    const other = await h.context.newPage();
    await other.goto(`${h.baseUrl}/plain.html`);
    await waitForUnderlines(other, 1);
    expect(await underlinedIn(other.mainFrame())).toEqual(['biopsy']);
    // The forged revision made the open tab ask again; it still underlines what it did.
    expect(await underlinedIn(page.mainFrame())).toContain('TILs');
    await Promise.all([page.close(), other.close()]);
  });
});

describe('frames on a site the user turned off', () => {
  it('stay off, srcdoc and about:blank frames included; the popup describes the top page', async () => {
    const port = new URL(h.baseUrl).port;
    h.route(
      '/outer.html',
      `<!doctype html><html><head><title>outer</title></head><body><p>The outer page mentions a biopsy.</p>
      <iframe id="cross" src="http://localhost:${port}/frame-article.html" width="300" height="100"></iframe>
      <iframe id="inline" srcdoc="<p>Some cytokines here.</p>"></iframe>
      <iframe id="blank"></iframe>
      <script>document.getElementById('blank').contentDocument.body.innerHTML = '<p>Written cytokines.</p>';</script>
      </body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/outer.html`);
    await waitForUnderlines(page, 1);
    const inline = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect.poll(() => underlinedIn(inline)).toEqual(['cytokines']); // control: on while the site is on
    // The popup asks the top frame: its site switch names the page's host, every time.
    const tabId = await activeTabId(h);
    for (let i = 0; i < 3; i += 1) {
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('.controls').innerText()).toContain('127.0.0.1');
      await popup.close();
    }
    await turnSiteOff('127.0.0.1');
    await page.bringToFront();
    await page.reload();
    await page.waitForLoadState('load');
    // The same page from a site that is on, loaded after it: once its frames are underlined, the
    // page on the site that is off has had every chance to underline too.
    const onSite = await h.context.newPage();
    await onSite.goto(`http://localhost:${port}/outer.html`);
    await waitForUnderlines(onSite, 1);
    await expect.poll(() => underlinedIn(onSite.frames().find((f) => f.url() === 'about:srcdoc')!)).toEqual(['cytokines']);
    await expect.poll(() => underlinedIn(onSite.frames().find((f) => f.url() === 'about:blank')!)).toEqual(['cytokines']);
    const frames = page.frames().filter((f) => !f.url().includes('card-frame'));
    expect(frames.length).toBeGreaterThanOrEqual(4);
    // Off in the top page, in the srcdoc and about:blank frames (they belong to it), and in the
    // other site's frame embedded in it.
    for (const f of frames) expect(await underlinedIn(f)).toEqual([]);
  });
});
