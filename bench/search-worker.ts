import { join } from 'node:path';
import { withBenchPage } from './chromium-page';
import { englishMessages } from './english-messages';
import type { BenchRow } from './row';
import type { RunSearchWorkerBench } from './search-worker-entry';

/** The popup's search in the worker, on Chromium's real IndexedDB (bench/search-worker-entry.ts). */
export async function benchSearchWorker(entities = 10_000, links = 100_000): Promise<BenchRow[]> {
  const messages = await englishMessages();
  return withBenchPage(join(import.meta.dirname, 'search-worker-entry.ts'), (page) => {
    page.setDefaultTimeout(600_000);
    return page.evaluate(
      ([e, l, m]) => {
        const run = (globalThis as unknown as { runSearchWorkerBench: RunSearchWorkerBench })
          .runSearchWorkerBench;
        return run(e, l, m);
      },
      [entities, links, messages] as const,
    );
  });
}
