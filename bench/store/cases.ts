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
    const bareGet = await medianOf(ids, (id) => bareIndexedDbGet(ourDb, id));
    const lookup = await medianOf(ids, (id) => contextFor(ourDb, id));
    const deltaMs = await time(() => applyPage(ourDb, deltaWorkload(changes.length), 'delta'));
    await applyPage(ourDb, ruleWorkload(changes.length + 100), 'rules');
    // The worker reads the linked tickets' keys once per start, in the background (lookups read the
    // mentionKey index meanwhile); measured here, then lookups as they run once it is done.
    const keysMs = await time(() => linkKeysReady(ourDb));
    const tickets = lookupWorkload(LOOKUPS);
    const bareGetAgain = await medianOf(ids, (id) => bareIndexedDbGet(ourDb, id));
    const covered = await medianOf(tickets, ({ id, title }) => lookupTicket(ourDb, id, title));
    return [
      {
        name: `${where}: context lookup with rules and mentions, ${LINK_COUNT / 1000}k links, ${RULE_COUNT / 1000}k rules (p50)`,
        value: covered,
        unit: 'ms',
        floor: bareGetAgain,
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
        value: lookup,
        unit: 'ms',
        floor: bareGet,
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

async function medianOf<T>(ids: T[], run: (id: T) => Promise<unknown>): Promise<number> {
  for (const id of ids.slice(0, 50)) await run(id);
  const times: number[] = [];
  for (const id of ids) {
    const start = performance.now();
    await run(id);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}
