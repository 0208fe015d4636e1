// The suite `npm run test:mutation` runs against each mutant: the feature tests, which drive the
// services through the real app. Process-level tests and the bench say nothing about the rules.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  test: {
    ...base.test,
    include: ['src/features/**/*.test.ts'],
    reporters: ['dot'],
  },
});
