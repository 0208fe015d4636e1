// Mutation testing of the services, where the rules live: `npm run test:mutation`. Each test
// file opens its own database, so a mutant costs seconds; keep the workers few (two cores).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/features/*/*.service.ts'],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (constants, lookup tables) runs the whole suite, minutes
  // apiece, and would take most of the run; such mutants are left out of the score.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['data', 'dist', 'reports'],
  reporters: ['clear-text', 'html', 'json', 'progress-append-only'],
  clearTextReporter: { reportMutants: false, allowEmojis: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // `-- --incremental` reuses this run's results for mutants whose code and tests are unchanged.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
