import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and integration tests. End-to-end tests in real Chromium have their own config
// (vitest.e2e.config.ts) because they share one browser and run one file at a time.
// WxtVitest swaps `wxt/browser` for an in-memory fake, so extension pages render in jsdom.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup/fake-indexeddb.ts', 'test/setup/jsdom-gaps.ts', 'test/setup/i18n.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
