import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox: Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi with the built Firefox package, against
// the same LinkedIn-like fixture pages as the Chromium suite
// (tests/e2e-firefox/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.test.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
