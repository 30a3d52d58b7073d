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
    // Child processes, not worker threads: a thread torn down while V8 still compiles in the
    // background aborted the whole run once on Node 20 («NodePlatform::ForIsolate: Assertion
    // failed»); a process that ends cannot take the run with it. ~10 s slower on 2 cores.
    pool: 'forks',
    // fast-check's seed: fixed, printed on failure, FC_SEED to replay or explore.
    setupFiles: ['test/setup/fastCheck.ts'],
  },
});
