// Runs work over a list in small slices when the page is idle, so that no task the extension
// adds to the page's main thread runs long. Returns a cancel function.

const SLICE_MS = 8;

type IdleWindow = Window & typeof globalThis;

/** `afterSlice` runs at the end of every slice (the caller's chance to publish what it found). */
export function runInIdleChunks<T>(win: IdleWindow, items: Iterable<T>, work: (item: T) => void, done?: () => void, afterSlice?: () => void): () => void {
  const iterator = items[Symbol.iterator]();
  let cancelled = false;
  let finished = false;
  const schedule = (fn: () => void) =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(fn, { timeout: 200 }) : win.setTimeout(fn, 0);
  const step = () => {
    if (cancelled) return;
    const until = win.performance.now() + SLICE_MS;
    while (win.performance.now() < until) {
      const next = iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      work(next.value);
    }
    if (!finished) {
      afterSlice?.();
      schedule(step);
    } else done?.();
  };
  // The first slice runs as an ordinary task: waiting for the page to be idle could delay the
  // first screen's underlines by up to the idle timeout while the page finishes loading.
  win.setTimeout(step, 0);
  return () => {
    cancelled = true;
  };
}
