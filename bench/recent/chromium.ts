import { join } from 'node:path';
import { withBenchPage } from '../chromium-page';
import type { BenchRow } from '../row';
import type { runRecentBench } from './cases';

/** The popup's "Your recent tickets" and "No intent fits" reads on Chromium's real IndexedDB. */
export function benchRecentChromium(): Promise<BenchRow[]> {
  return withBenchPage(join(import.meta.dirname, 'browser-entry.ts'), (page) => {
    page.setDefaultTimeout(300_000);
    return page.evaluate(() => {
      const run = (globalThis as unknown as { runRecentBench: typeof runRecentBench })
        .runRecentBench;
      return run('chromium');
    });
  });
}
