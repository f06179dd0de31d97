import { defineConfig } from 'vitest/config';

// End-to-end tests: real Debian Chromium with the built extension, against our
// LinkedIn-like fixture pages served over local HTTPS (tests/e2e/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
