import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one browser at a time (2 cores), generous timeouts
// for a cold start, no retries (a flaky test is a bug to fix, not to hide).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Conditions are polled, never slept on; a busy 2-core machine gets ten seconds to meet them.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
