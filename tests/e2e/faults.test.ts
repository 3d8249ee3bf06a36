// Faults a real browser throws at an extension: the background service worker is stopped in the
// middle of a session (Chrome does this after 30 s idle). The page keeps working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pointOf, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

describe('when the background is stopped', () => {
  it('the popover still opens: the next message wakes the worker', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(page, 3);
    const cdp = await h.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
      for (const v of e.versions) if (v.scriptURL.includes(h.extensionId)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
    // A tab opened now wakes the worker for its index (no copy is kept where a content script
    // could rewrite it) and underlines.
    const another = await h.context.newPage();
    await another.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(another, 3);
    await another.close();
    await page.bringToFront();
    const { x, y } = await pointOf(page, 'TILs');
    await page.mouse.move(x, y);
    await (await card(page)).locator('[role="tooltip"]').waitFor();
    expect(await (await card(page)).locator('[role="tooltip"] .hgh-def').innerText()).not.toBe('');
  });
});
