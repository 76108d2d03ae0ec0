import type { ChromeMessage } from '@wxt-dev/i18n/build';
import { ThroughlineDb } from '../lib/db/database';
import { SNAPSHOT_KEY } from '../lib/search/entity-snapshot';
import type { SearchAnswer } from '../lib/search/search-answer';
import { WorkerSearch } from '../lib/search/worker-search';
import { installI18n } from './install-i18n';
import type { BenchRow } from './row';
import { percentile, QUERIES, syntheticCorpus } from './search';

/**
 * The popup's search as the worker runs it, on Chromium's real IndexedDB: the first answer after
 * the worker starts (reading the store and building the index), an answer from a warm worker,
 * and each keystroke; the first answer with and without the entities snapshot saved.
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

    // A worker that was stopped, with no snapshot of the entities saved (the first start, or
    // one stopped before it saved one): it reads and indexes the entities before answering.
    const unsaved: number[] = [];
    const fulls: number[] = [];
    for (let round = 0; round < 3; round++) {
      await db.meta.delete(SNAPSHOT_KEY);
      const cold = new WorkerSearch(db);
      const start = performance.now();
      await answered(cold.search('activation', 5));
      unsaved.push(performance.now() - start);
      while ((await cold.search('activation', 5)).building) await pause(20);
      fulls.push(performance.now() - start);
      cold.stop();
    }
    // Keystrokes before the rounds below, whose discarded indexes would be collected meanwhile.
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
    // The usual case: the worker saved the snapshot at the entities as they are.
    const row = await db.meta.get(SNAPSHOT_KEY);
    const snapshotMb = JSON.stringify(row?.value ?? '').length / 1e6;
    const firsts: number[] = [];
    for (let round = 0; round < 5; round++) {
      const cold = new WorkerSearch(db);
      const start = performance.now();
      await answered(cold.search('activation', 5));
      firsts.push(performance.now() - start);
      while ((await cold.search('activation', 5)).building) await pause(20);
      cold.stop();
    }

    return [
      {
        name: `popup search, first answer from a stopped worker, from the saved entities (${label}, ${snapshotMb.toFixed(1)} MB snapshot, median of 5)`,
        value: percentile(firsts, 0.5),
        unit: 'ms',
        budget: 100,
      },
      {
        name: `popup search, first answer from a stopped worker with no snapshot saved: entities read and indexed (${label}, median of 3)`,
        value: percentile(unsaved, 0.5),
        unit: 'ms',
      },
      {
        name: `popup search, every ticket indexed after the worker starts (${label}, median of 3)`,
        value: percentile(fulls, 0.5),
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

/** A first answer must show something: the query names a goal of the corpus. */
async function answered(answer: Promise<SearchAnswer>): Promise<void> {
  if ((await answer).hits.length === 0) throw new Error('search bench: the first answer was empty');
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

(globalThis as { runSearchWorkerBench?: typeof runSearchWorkerBench }).runSearchWorkerBench =
  runSearchWorkerBench;

export type RunSearchWorkerBench = typeof runSearchWorkerBench;
