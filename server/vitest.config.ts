import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The long fault tests run on their own: npm run test:resilience (vitest.resilience.config.ts).
    exclude: [...configDefaults.exclude, 'test/resilience/**'],
    pool: 'forks',
    // Two cores here; each test file opens its own database.
    maxWorkers: 2,
    testTimeout: 20_000,
    reporters: ['default', './test/summary-reporter.ts'],
    hookTimeout: 60_000,
  },
});
