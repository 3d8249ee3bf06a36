// A bound on how often something may happen: at most `max` times in any `perMs` window. Keeps a
// runaway or hostile sender from turning the background into a busy loop.
export interface RateLimit {
  /** Counts one use; false when the limit is reached (the use is refused and not counted). */
  take(key: string): boolean;
}

export function createRateLimit(max: number, perMs: number, now: () => number = Date.now): RateLimit {
  const uses = new Map<string, number[]>();
  return {
    take(key) {
      const t = now();
      const recent = (uses.get(key) ?? []).filter((at) => t - at < perMs);
      if (recent.length >= max) {
        uses.set(key, recent);
        return false;
      }
      recent.push(t);
      uses.set(key, recent);
      // Forget senders that went quiet, so the map cannot grow without end.
      if (uses.size > 1000) for (const [k, v] of uses) if (v.every((at) => t - at >= perMs)) uses.delete(k);
      return true;
    },
  };
}
