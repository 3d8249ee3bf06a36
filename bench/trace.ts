// Which main-thread work is ours: a Chromium trace of one page load, with every script run
// attributed to the JavaScript world it ran in. The Long Tasks API cannot tell whose task was
// long; the trace can.
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown>;
}

export interface ExtensionWork {
  /** The most of our own script time in any one task, and how long that whole task was. */
  longestOursMs: number;
  thatTaskMs: number;
  /** Our script time over the whole load, and in how many tasks it ran. */
  totalMs: number;
  tasks: number;
  /** The longest task of the page load, whoever ran it. */
  longestAnyTaskMs: number;
}

async function collect(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => void events.push(...e.value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'] },
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Loads `url` in `page` under a trace and measures the work done in our content script's world. */
export async function traceExtensionWork(page: Page, url: string, worldName: string, settled: () => Promise<void>): Promise<ExtensionWork> {
  const cdp = await page.context().newCDPSession(page);
  const events = await collect(cdp, async () => {
    await page.goto(url);
    await settled();
  });
  await cdp.detach();
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts);
  // V8 names the world each script run belongs to: ours is the content script's isolated world.
  const ours = events
    .filter((e) => e.ph === 'X' && (e.name === 'v8.run' || e.name === 'v8.callFunction') && (e.args as { worldName?: string } | undefined)?.worldName === worldName)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const perTask = new Map<TraceEvent, number>();
  const reachedOn = new Map<string, number>(); // Per thread: the end of the last outermost event counted.
  for (const e of ours) {
    const thread = `${e.pid}:${e.tid}`;
    const end = e.ts + (e.dur ?? 0);
    if ((reachedOn.get(thread) ?? -1) >= end) continue; // Nested in one already counted.
    reachedOn.set(thread, end);
    const task = tasks.find((t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && end <= t.ts + (t.dur ?? 0));
    if (task) perTask.set(task, (perTask.get(task) ?? 0) + (e.dur ?? 0));
  }
  let longest: [TraceEvent, number] | undefined;
  for (const entry of perTask) if (!longest || entry[1] > longest[1]) longest = entry;
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  return {
    longestOursMs: (longest?.[1] ?? 0) / 1000,
    thatTaskMs: (longest?.[0].dur ?? 0) / 1000,
    totalMs: [...perTask.values()].reduce((a, b) => a + b, 0) / 1000,
    tasks: perTask.size,
    longestAnyTaskMs: Math.max(0, ...tasks.filter((t) => threads.has(`${t.pid}:${t.tid}`)).map((t) => t.dur ?? 0)) / 1000,
  };
}
