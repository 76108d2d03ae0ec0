import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (npm run test:e2e:firefox): one Firefox at a time, like Chromium's.
export default defineConfig({
  test: {
    root: new URL('../../..', import.meta.url).pathname,
    include: ['test/e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
