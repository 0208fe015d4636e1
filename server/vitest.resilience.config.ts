// The long fault tests, `npm run test:resilience`: generated input over every operation, a lost
// database, shutdown and crashes of a real server process, races, and two instances sharing a
// rate limit. Minutes, not seconds, so `npm test` leaves them out (vitest.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/resilience/**/*.test.ts'],
    pool: 'forks',
    // Two cores: the generated-input file keeps one busy, the process tests share the other.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
