import { defineConfig } from 'vitest/config';

// Release checks on the built packages (npm test runs them after both builds; alone:
// `npm run build && npx vitest run --config test/release/vitest.config.ts`).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/release/**/*.release.ts'],
    environment: 'node',
  },
});
