import { join } from 'node:path';
import { withBenchPage } from './chromium-page';
import type { BenchRow } from './row';

/** The popup's search in the worker, on Chromium's real IndexedDB (bench/search-worker-entry.ts). */
export function benchSearchWorker(entities = 10_000, links = 100_000): Promise<BenchRow[]> {
  return withBenchPage(join(import.meta.dirname, 'search-worker-entry.ts'), (page) => {
    page.setDefaultTimeout(600_000);
    return page.evaluate(
      ([e, l]) => {
        const run = (
          globalThis as unknown as {
            runSearchWorkerBench: (entities: number, links: number) => Promise<BenchRow[]>;
          }
        ).runSearchWorkerBench;
        return run(e, l);
      },
      [entities, links] as const,
    );
  });
}
