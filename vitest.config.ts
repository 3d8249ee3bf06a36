import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { shippedForms } from './scripts/lib/vite-shipped-forms';
import { entryValidator } from './scripts/lib/vite-entry-validator';

export default defineConfig({
  plugins: [WxtVitest(), shippedForms(), entryValidator()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
