// In real Chromium with the built extension, against the same pages without it: how soon terms
// are underlined, the longest main-thread task, the scripting time added, and the JS heap.
import type { Page } from 'playwright-core';
import { serveFixtures } from '../scripts/lib/fixture-server';
import { launchWithExtension } from '../scripts/lib/launch-chromium';
import { card } from '../scripts/lib/card-frame';
import type { Entry } from '../src/glossary/types';
import { benchText } from './lib/corpus-text';
import { traceExtensionWork, type ExtensionWork } from './trace';
import { benchOptions, type OptionsFigures } from './options';
import { EXTENSION_DIR } from '../scripts/lib/launch-chromium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFigures {
  page: string;
  textKB: number;
  underlines: number;
  firstUnderlineMs: number | null;
  allUnderlinedMs: number | null;
  /** The same, loading the page again with the background already running. */
  warmFirstUnderlineMs: number | null;
  warmAllUnderlinedMs: number | null;
  longestTaskMs: number;
  baselineLongestTaskMs: number;
  scriptingMs: number;
  baselineScriptingMs: number;
  heapMB: number;
  baselineHeapMB: number;
  /** From a trace: the most of our own script in one task (median and worst of the runs). */
  ourLongestMs: number;
  ourLongestWorstMs: number;
  /** How long the task holding it was, and our script time over the whole load. */
  ourLongestTaskMs: number;
  ourTotalMs: number;
  ourTasks: number;
}

export interface BrowserFigures {
  pages: PageFigures[];
  hoverToPopoverMs: number;
  popupInteractiveMs: number;
  options: OptionsFigures;
}

// Recorded in the page from the first moment: when the DOM was ready, when underlines first
// appeared and last changed, and every long task.
const PROBE = `
  window.__probe = { dcl: 0, first: null, last: null, size: 0, longTasks: [] };
  document.addEventListener('DOMContentLoaded', () => { window.__probe.dcl = performance.now(); });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__probe.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const tick = () => {
    const n = CSS.highlights.get('health-glossary-term')?.size ?? 0;
    if (n !== window.__probe.size) {
      const now = performance.now();
      if (window.__probe.first === null && n > 0) window.__probe.first = now;
      window.__probe.last = now;
      window.__probe.size = n;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

function pageHtml(title: string, text: string): string {
  const paras = text.split('\n').filter((l) => l.trim()).map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${paras.join('\n')}</main></body></html>`;
}

interface Load {
  underlines: number;
  first: number | null;
  last: number | null;
  longest: number;
  scripting: number;
  heap: number;
}

/** Settled: no change of the underlines for a second (or none at all without the extension). */
async function settle(page: Page, withExtension: boolean): Promise<void> {
  await page.waitForFunction(
    (ext) => {
      const p = (window as unknown as { __probe: { last: number | null; dcl: number } }).__probe;
      const since = performance.now() - (p.last ?? p.dcl);
      return p.dcl > 0 && (ext ? p.last !== null && since > 1000 : since > 1000);
    },
    withExtension,
    { timeout: 60_000, polling: 100 },
  );
}

async function load(page: Page, url: string, withExtension: boolean): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await settle(page, withExtension);
  const probe = await page.evaluate(() => (window as unknown as { __probe: { dcl: number; first: number | null; last: number | null; size: number; longTasks: number[] } }).__probe);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  await cdp.detach();
  return {
    underlines: probe.size,
    first: probe.first === null ? null : probe.first - probe.dcl,
    last: probe.last === null ? null : probe.last - probe.dcl,
    longest: Math.max(0, ...probe.longTasks),
    scripting: metric('ScriptDuration') * 1000,
    heap: metric('JSHeapUsedSize') / 1e6,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function benchBrowser(entries: readonly Entry[], runs = 3): Promise<BrowserFigures> {
  const server = await serveFixtures();
  const article = benchText(30_000, entries).text;
  const big = benchText(1_000_000, entries).text;
  server.route('/typical.html', pageHtml('A typical health article', article));
  server.route('/big.html', pageHtml('A very long health page', big));
  const pages = [
    { name: 'typical article', path: '/typical.html', kb: article.length / 1000 },
    { name: '1 MB page', path: '/big.html', kb: big.length / 1000 },
  ];
  const results: Record<string, { with: Load[]; without: Load[]; warm: Load[] }> = {};
  for (const withExtension of [true, false]) {
    for (let r = 0; r < runs; r += 1) {
      const browser = await launchWithExtension({ extension: withExtension });
      for (const p of pages) {
        const page = await browser.context.newPage();
        await page.addInitScript(PROBE);
        const l = await load(page, server.baseUrl + p.path, withExtension);
        const r = (results[p.name] ??= { with: [], without: [], warm: [] });
        r[withExtension ? 'with' : 'without'].push(l);
        await page.close();
        if (withExtension) {
          const again = await browser.context.newPage();
          await again.addInitScript(PROBE);
          r.warm.push(await load(again, server.baseUrl + p.path, true));
          await again.close();
        }
      }
      await browser.close();
    }
  }
  // Traced loads, apart from the timed ones above (tracing slows a page down).
  const world = (JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { name: string }).name;
  const traces: Record<string, ExtensionWork[]> = {};
  for (let r = 0; r < runs; r += 1) {
    const browser = await launchWithExtension();
    for (const p of pages) {
      const page = await browser.context.newPage();
      await page.addInitScript(PROBE);
      const work = await traceExtensionWork(page, server.baseUrl + p.path, world, () => settle(page, true));
      (traces[p.name] ??= []).push(work);
      await page.close();
    }
    await browser.close();
  }
  const figures: PageFigures[] = pages.map((p) => {
    const r = results[p.name]!;
    const t = traces[p.name]!;
    const byOurs = [...t].sort((a, b) => a.longestOursMs - b.longestOursMs);
    const mid = byOurs[byOurs.length >> 1]!;
    const m = (k: keyof Load, set: Load[]) => median(set.map((x) => (x[k] as number | null) ?? NaN));
    return {
      page: p.name,
      textKB: Math.round(p.kb),
      underlines: m('underlines', r.with),
      firstUnderlineMs: m('first', r.with),
      allUnderlinedMs: m('last', r.with),
      warmFirstUnderlineMs: m('first', r.warm),
      warmAllUnderlinedMs: m('last', r.warm),
      longestTaskMs: m('longest', r.with),
      baselineLongestTaskMs: m('longest', r.without),
      scriptingMs: m('scripting', r.with),
      baselineScriptingMs: m('scripting', r.without),
      heapMB: m('heap', r.with),
      baselineHeapMB: m('heap', r.without),
      ourLongestMs: mid.longestOursMs,
      ourLongestWorstMs: byOurs.at(-1)!.longestOursMs,
      ourLongestTaskMs: mid.thatTaskMs,
      ourTotalMs: median(t.map((w) => w.totalMs)),
      ourTasks: median(t.map((w) => w.tasks)),
    };
  });

  // Hover to visible popover, and the popup's open-to-interactive time.
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${server.baseUrl}/typical.html`);
  await page.waitForFunction(() => (CSS.highlights.get('health-glossary-term')?.size ?? 0) > 0);
  const hovers: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const point = await page.evaluate((k) => {
      const r = [...(CSS.highlights.get('health-glossary-term') ?? [])][k] as Range;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + 2, y: rect.top + rect.height / 2 };
    }, i * 3);
    await page.mouse.move(1, 1);
    const frame = await card(page);
    await frame.locator('[role="tooltip"]').waitFor({ state: 'detached' }).catch(() => {});
    const t = performance.now();
    await page.mouse.move(point.x, point.y);
    // Polled every animation frame inside the card frame, where the card is rendered.
    await frame.waitForFunction(() => !!document.querySelector('[role="tooltip"]'), undefined, { polling: 'raf' });
    hovers.push(performance.now() - t);
  }
  const popups: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const popup = await browser.context.newPage();
    const t = Date.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'lookup');
    popups.push(Date.now() - t);
    await popup.close();
  }
  const options = await benchOptions(browser.context, browser.extensionId);
  await browser.close();
  await server.close();
  return { pages: figures, hoverToPopoverMs: median(hovers), popupInteractiveMs: median(popups), options };
}
