// Finds the card frame in a page driven by Playwright: the tests, the demo and the bench use it.
import type { Frame, Page } from 'playwright-core';

/**
 * The card frame of a page or frame: the extension page the term card lives in. Page scripts
 * cannot reach it (it sits in a closed shadow root); the test drives it as the user's eyes do.
 */
export async function card(page: Page, parent: Frame = page.mainFrame()): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = page.frames().find((f) => f.parentFrame() === parent && f.url().includes('/card-frame.html'));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('the page has no card frame');
    await new Promise((r) => setTimeout(r, 50));
  }
}
