import { defineConfig } from 'vitest/config';

// The Node tier: core, server (against in-memory fakes), bundle and sidebar DOM tests.
// Browser tests (real Chromium) live in test/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // On CI's 2 cores vitest runs one worker (cores − 1), so files run one after another and a
    // test's time is its own; the default 5 s per test stays, and a test that needs more (a fault
    // sweep, a build of the whole bundle) says so itself with a reason.
    pool: 'threads',
    // fast-check's seed: fixed, printed on failure, FC_SEED to replay or explore.
    setupFiles: ['test/setup/fastCheck.ts'],
  },
});
