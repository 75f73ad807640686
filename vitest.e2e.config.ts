import { defineConfig } from 'vitest/config';

// End-to-end suites drive real browsers one file at a time, and within a file one browser after the
// other (test/e2e/browsers.ts): two browsers at once on a 2-core machine would make timings
// meaningless and flaky.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 120000,
  },
});
