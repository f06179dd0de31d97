import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { contentCatalogs } from './scripts/content-catalogs';

export default defineConfig({
  // The content script's string catalogs are cut as in the build (scripts/content-catalogs.ts).
  plugins: [WxtVitest(), preact(), contentCatalogs],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    // Builds public/dict/*.bin (the compiled spelling dictionaries) when missing or stale.
    globalSetup: ['tests/unit/spelling/global-setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
