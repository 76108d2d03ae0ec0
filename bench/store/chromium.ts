import { join } from 'node:path';
import { withBenchPage } from '../chromium-page';
import type { BenchRow } from '../row';
import type { runStoreBench } from './cases';

/** The store benchmarks on Chromium's real IndexedDB. */
export function benchStoreChromium(): Promise<BenchRow[]> {
  return withBenchPage(join(import.meta.dirname, 'browser-entry.ts'), (page) => {
    page.setDefaultTimeout(300_000);
    return page.evaluate(() => {
      const run = (globalThis as unknown as { runStoreBench: typeof runStoreBench }).runStoreBench;
      return run('chromium');
    });
  });
}
