/** Median of several runs of a measurement. */
export async function medianOf(runs: number, measure: () => number | Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i += 1) values.push(await measure());
  values.sort((a, b) => a - b);
  return values[values.length >> 1]!;
}

export function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
