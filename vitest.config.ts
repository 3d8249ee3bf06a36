import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { shippedForms } from './scripts/lib/vite-shipped-forms';

export default defineConfig({
  plugins: [WxtVitest(), shippedForms()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
