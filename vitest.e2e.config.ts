import { defineConfig } from 'vitest/config';

// The browser tier: real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against
// the local preview, which runs the built dist/ — so `npm run test:browser` builds first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // One browser per file; files run one after another so two Chromiums never share 2 CPUs.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
