import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: everything beside the code it tests. End-to-end suites live in test/e2e and have
// their own config (vitest.e2e.config.ts) because they need a built extension and real browsers.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['{core,components,ui-text,entrypoints,messaging,storage,highlight,cli,scripts,extract,dom}/**/*.test.{ts,tsx}', 'test/e2e/*-lib.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
