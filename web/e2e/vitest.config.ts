import { defineConfig } from 'vitest/config';

// End-to-end tests: a real server and Debian's Chromium, one file at a time (two cores).
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.ts'],
    exclude: ['screenshots.e2e.ts', '**/node_modules/**'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['../scripts/summary-reporter.ts', { label: 'e2e' }]],
  },
});
