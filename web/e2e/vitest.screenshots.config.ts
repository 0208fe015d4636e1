import { defineConfig } from 'vitest/config';

// `npm run screenshots`: same server setup as the end-to-end tests, screenshot file only.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['screenshots.e2e.ts'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['../scripts/summary-reporter.ts', { label: 'screenshots' }]],
  },
});
