import type { ChromeMessage } from '@wxt-dev/i18n/build';
import MiniSearch from 'minisearch';
import { ThroughlineDb } from '../lib/db/database';
import { loadSearchCorpus } from '../lib/db/queries/search-corpus';
import { toSearchDocs, type SearchDoc } from '../lib/search/documents';
import { INDEX_OPTIONS } from '../lib/search/query-plan';
import { WorkerSearch } from '../lib/search/worker-search';
import { installI18n } from './install-i18n';
import type { BenchRow } from './row';
import { percentile, QUERIES, syntheticCorpus } from './search';

/**
 * The popup's search as the worker runs it, on Chromium's real IndexedDB: the first answer after
 * the worker starts (reading the store and building the index), an answer from a warm worker,
 * and each keystroke. Also the alternative to building: loading an index serialized earlier.
 */
async function runSearchWorkerBench(
  entities: number,
  links: number,
  messages: Record<string, ChromeMessage>,
): Promise<BenchRow[]> {
  // A plain page's `chrome` has no i18n; the documents carry words.
  installI18n((globalThis as unknown as { chrome: { i18n?: unknown } }).chrome, messages);
  const corpus = syntheticCorpus(entities, links);
  const db = new ThroughlineDb(`bench-search-${Date.now()}`);
  try {
    await db.transaction('rw', [db.buckets, db.missions, db.goals, db.intents, db.links], () =>
      Promise.all([
        db.buckets.bulkPut(corpus.buckets),
        db.missions.bulkPut(corpus.missions),
        db.goals.bulkPut(corpus.goals),
        db.intents.bulkPut(corpus.intents),
        db.links.bulkPut(corpus.links),
      ]),
    );
    const label = `${entities / 1000}k entities + ${links / 1000}k links`;

    const firsts: number[] = [];
    const fulls: number[] = [];
    for (let round = 0; round < 3; round++) {
      const cold = new WorkerSearch(db);
      const start = performance.now();
      await cold.search('activation', 5);
      firsts.push(performance.now() - start);
      while ((await cold.search('activation', 5)).building) await pause(20);
      fulls.push(performance.now() - start);
      cold.stop();
    }
    const warm = new WorkerSearch(db);
    while ((await warm.search('', 5)).building) await pause(20);
    const warmAnswers: number[] = [];
    for (const query of QUERIES) {
      const start = performance.now();
      await warm.search(query.slice(0, 2), 5);
      warmAnswers.push(performance.now() - start);
    }
    const keystrokes: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const query of QUERIES)
        for (let end = 1; end <= query.length; end++) {
          const start = performance.now();
          await warm.search(query.slice(0, end), 5);
          if (round > 0) keystrokes.push(performance.now() - start);
        }
    warm.stop();

    // The alternative: an index serialized into IndexedDB, loaded when the worker starts.
    const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    const docs = toSearchDocs(await loadSearchCorpus(db));
    mini.addAll(docs);
    const json = JSON.stringify(mini);
    await db.meta.put({ key: 'bench-search-index', value: json });
    const loads: number[] = [];
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      const [row] = await Promise.all([db.meta.get('bench-search-index'), loadSearchCorpus(db)]);
      MiniSearch.loadJSON(row!.value as string, INDEX_OPTIONS);
      loads.push(performance.now() - start);
    }
    return [
      {
        name: `popup search, first answer from a stopped worker: entities read and indexed (${label}, median of 3)`,
        value: percentile(firsts, 0.5),
        unit: 'ms',
        budget: 100,
      },
      {
        name: `popup search, every ticket indexed after the worker starts (${label}, median of 3)`,
        value: percentile(fulls, 0.5),
        unit: 'ms',
      },
      {
        name: `popup search, cold alternative: load a serialized index (${(json.length / 1e6).toFixed(1)} MB) + read the docs (${label}, median of 3)`,
        value: percentile(loads, 0.5),
        unit: 'ms',
      },
      {
        name: `popup search, first answer from a warm worker (${label}, p50)`,
        value: percentile(warmAnswers, 0.5),
        unit: 'ms',
        budget: 100,
      },
      {
        name: `popup search per keystroke in the worker, p95 (${label})`,
        value: percentile(keystrokes, 0.95),
        unit: 'ms',
        budget: 16,
      },
    ];
  } finally {
    db.close();
    await db.delete();
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

(globalThis as { runSearchWorkerBench?: typeof runSearchWorkerBench }).runSearchWorkerBench =
  runSearchWorkerBench;

export type RunSearchWorkerBench = typeof runSearchWorkerBench;
