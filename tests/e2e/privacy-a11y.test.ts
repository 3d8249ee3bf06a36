// No network at all, and no accessibility violations in what we show.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page, Request } from 'playwright-core';
import { launch, pointOf, waitForUnderlines, type Harness, card } from './harness';

// Evaluated through the debugging protocol: extension pages rightly refuse inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;
const requests: Request[] = [];

beforeAll(async () => {
  h = await launch();
  h.context.on('request', (r) => requests.push(r));
});
afterAll(async () => h?.close());

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: unknown }[];
}

async function axeViolations(page: Page | Frame, include: unknown): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(ctx, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, include);
}

describe('privacy and accessibility', () => {
  it.each(['light', 'dark'] as const)('the open popover has no accessibility violations in %s mode (tooltip and pinned dialog)', async (colorScheme) => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(page, 3);
    const { x, y } = await pointOf(page, 'TILs');
    await page.mouse.move(x, y);
    const frame = await card(page);
    // The card fades in: its colours are checked as the reader sees them, once the fade is over.
    const settled = () => frame.waitForFunction(() => document.querySelector('.hgh-popover')?.getAnimations().every((a) => a.playState === 'finished'));
    await frame.locator('[role="tooltip"]').waitFor();
    await settled();
    // axe runs where the card is: in its own frame (the page cannot see into it, nor can axe from there).
    expect(await axeViolations(frame, { include: ['.hgh-popover'] })).toEqual([]);
    await page.mouse.click(x, y);
    await frame.locator('[role="dialog"]').waitFor();
    await settled();
    expect(await axeViolations(frame, { include: ['.hgh-popover'] })).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the options page and the popup have no accessibility violations in %s mode', async (colorScheme) => {
    for (const path of ['options.html', 'popup.html']) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${h.extensionId}/${path}`);
      if (path === 'popup.html') {
        await page.keyboard.type('biopsy');
        await page.locator('.result').waitFor();
      } else {
        await page.locator('.count').waitFor();
      }
      expect(await axeViolations(page, { exclude: [] })).toEqual([]);
      await page.close();
    }
  });

  it('the extension made no network request while the pages above were used', () => {
    // The extension's own files (the card frame loads by a per-session address) are not network.
    const outside = requests.map((r) => r.url()).filter((u) => !u.startsWith(h.baseUrl) && !u.startsWith('chrome-extension://'));
    expect(requests.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });
});
