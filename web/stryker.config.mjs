// Mutation testing of the web app's logic: the room's signal store and answer stream, the form
// submit helper, number parsing and the catalog API service. Components are left to `ng test`:
// Stryker cannot drive Angular's builder, so these run on plain Vitest. render-markdown.ts is
// not mutated: under Stryker its spec's results are not recorded (every mutant shows as not
// covered although the spec passes), so its score would say nothing.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/app/features/room/conversation.ts',
    'src/app/core/api/answer-stream.ts',
    'src/app/core/api/stream-events.ts',
    'src/app/features/catalog/catalog-api.ts',
    'src/app/shared/forms/form-submit.ts',
    'src/app/shared/numbers.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  ignorePatterns: ['.angular', 'out-tsc', 'test-results', 'e2e', 'reports'],
  reporters: ['clear-text', 'html', 'json', 'progress-append-only'],
  clearTextReporter: { reportMutants: false, allowEmojis: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // `-- --incremental` reuses this run's results for mutants whose code and tests are unchanged.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
