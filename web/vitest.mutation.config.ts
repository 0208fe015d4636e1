// The specs of the app's logic without templates, run by plain Vitest for `npm run test:mutation`.
// `ng test` does not read this file; it runs every spec through Angular's builder.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['src/testing/jit-setup.ts'],
    include: [
      'src/app/features/room/conversation*.spec.ts',
      'src/app/core/api/{answer-stream,stream-events}*.spec.ts',
      'src/app/features/*/*-api*.spec.ts',
      'src/app/shared/forms/form-submit*.spec.ts',
      'src/app/shared/numbers*.spec.ts',
    ],
    reporters: ['dot'],
  },
});
