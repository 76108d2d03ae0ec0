import { applyPage } from '../../lib/db/apply-changes';
import { contextFor } from '../../lib/db/context';
import { ThroughlineDb } from '../../lib/db/database';
import { trustLocalWrites } from '../../lib/db/sole-writer';
import { linkKeysReady } from '../../lib/db/link-keys';
import { lookupTicket } from '../../lib/db/queries/ticket-lookup';
import { TABLE_OF_TYPE } from '../../lib/db/tables';
import type { EntityType } from '../../lib/schema/entities';
import type { BenchRow } from '../row';
import {
  deltaWorkload,
  LINK_COUNT,
  lookupWorkload,
  RULE_COUNT,
  ruleWorkload,
  storeWorkload,
  type RawChange,
} from './workload';

const PAGE = 1000;
const LOOKUPS = 1001;

/** Runs where IndexedDB is: Node with fake-indexeddb, or a real Chromium page. */
export async function runStoreBench(where: string): Promise<BenchRow[]> {
  const changes = storeWorkload();
  const floorDb = new ThroughlineDb(`bench-floor-${Date.now()}`);
  const ourDb = new ThroughlineDb(`bench-ours-${Date.now()}`);
  trustLocalWrites(ourDb); // as the worker does
  try {
    const bulkPutMs = await time(() => bareBulkPut(floorDb, changes));
    const bootstrapMs = await time(async () => {
      for (let i = 0; i < changes.length; i += PAGE)
        await applyPage(ourDb, changes.slice(i, i + PAGE), `cursor-${i}`);
    });
    const ids = Array.from(
      { length: LOOKUPS },
      (_, n) => `jira:acme.atlassian.net/BEN-${((n * 7919) % LINK_COUNT) + 1}`,
    );
    const lookup = await pairedMedians(
      LOOKUPS,
      (i) => bareIndexedDbGet(ourDb, ids[i]!),
      (i) => contextFor(ourDb, ids[i]!),
    );
    const deltaMs = await time(() => applyPage(ourDb, deltaWorkload(changes.length), 'delta'));
    await applyPage(ourDb, ruleWorkload(changes.length + 100), 'rules');
    // The worker reads the linked tickets' keys once per start, in the background (lookups read the
    // mentionKey index meanwhile); measured here, then lookups as they run once it is done.
    const keysMs = await time(() => linkKeysReady(ourDb));
    const tickets = lookupWorkload(LOOKUPS);
    const covered = await pairedMedians(
      LOOKUPS,
      (i) => bareIndexedDbGet(ourDb, ids[i]!),
      (i) => lookupTicket(ourDb, tickets[i]!.id, tickets[i]!.title),
    );
    return [
      {
        name: `${where}: context lookup with rules and mentions, ${LINK_COUNT / 1000}k links, ${RULE_COUNT / 1000}k rules (p50)`,
        value: covered.ours,
        unit: 'ms',
        floor: covered.floor,
        budget: 2,
        budgetIsRatio: true,
      },
      {
        name: `${where}: linked tickets' keys read into memory, ${LINK_COUNT / 1000}k links`,
        value: keysMs,
        unit: 'ms',
      },
      {
        name: `${where}: context lookup, ${LINK_COUNT / 1000}k links (p50)`,
        value: lookup.ours,
        unit: 'ms',
        floor: lookup.floor,
        budget: 2,
        budgetIsRatio: true,
      },
      {
        name: `${where}: bootstrap 100k links + 10k entities`,
        value: bootstrapMs,
        unit: 'ms',
        floor: bulkPutMs,
        budget: 2,
        budgetIsRatio: true,
      },
      { name: `${where}: delta of 100 changes`, value: deltaMs, unit: 'ms', budget: 100 },
    ];
  } finally {
    floorDb.close();
    ourDb.close();
    await Promise.all([floorDb.delete(), ourDb.delete()]);
  }
}

/** The floor for bootstrap: the same rows, already valid, written with Dexie's bulkPut in pages. */
async function bareBulkPut(db: ThroughlineDb, changes: RawChange[]): Promise<void> {
  for (let i = 0; i < changes.length; i += PAGE) {
    const page = changes.slice(i, i + PAGE);
    const byType = new Map<EntityType, Record<string, unknown>[]>();
    for (const change of page) {
      const type = change.type as EntityType;
      byType.set(type, [...(byType.get(type) ?? []), change.data]);
    }
    await db.transaction(
      'rw',
      [db.buckets, db.missions, db.goals, db.intents, db.links],
      async () => {
        for (const [type, rows] of byType) await db.table(TABLE_OF_TYPE[type]).bulkPut(rows);
      },
    );
  }
}

/** The floor for lookups: one raw IndexedDB get of the link, in its own transaction. */
function bareIndexedDbGet(db: ThroughlineDb, id: string): Promise<unknown> {
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    const request = idb.transaction('links', 'readonly').objectStore('links').get(id);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * The p50 of the floor and of ours, measured in turns (floor first for even samples, ours first for
 * odd ones), so that both see the same load: on a machine shared with other jobs, a floor measured
 * in a pass of its own drifted by up to 2× from the pass it was compared with.
 */
async function pairedMedians(
  count: number,
  floor: (i: number) => Promise<unknown>,
  ours: (i: number) => Promise<unknown>,
): Promise<{ floor: number; ours: number }> {
  for (let i = 0; i < 50; i++) await Promise.all([floor(i), ours(i)]);
  const times = { floor: [] as number[], ours: [] as number[] };
  const timed = async (kind: 'floor' | 'ours', i: number) => {
    const start = performance.now();
    await (kind === 'floor' ? floor(i) : ours(i));
    times[kind].push(performance.now() - start);
  };
  for (let i = 0; i < count; i++) {
    const [first, second] =
      i % 2 === 0 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const);
    await timed(first, i);
    await timed(second, i);
  }
  return { floor: median(times.floor), ours: median(times.ours) };
}

function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}
