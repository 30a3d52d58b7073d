import { defineConfig } from 'vitest/config';

// The Node tier: core, server (against in-memory fakes), bundle and sidebar DOM tests.
// Browser tests (real Chromium) live in test/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    pool: 'threads',
  },
});
