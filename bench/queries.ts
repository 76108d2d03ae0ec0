import 'fake-indexeddb/auto';
import { ThroughlineDb } from '../lib/db/database';
import { ATTENTION_FIRST_PAGE, needsAttention } from '../lib/db/queries/needs-attention';
import { siblingsOf } from '../lib/db/queries/siblings';
import { TABLE_OF_TYPE } from '../lib/db/tables';
import type { EntityType } from '../lib/schema/entities';
import type { BenchRow } from './row';
import { LINK_COUNT, storeWorkload } from './store/workload';

const BUDGET_MS = 5;
const RUNS = 301;
const CROWDED_INTENT = 'crowded';
const T = '2026-11-01T10:00:00.000Z';

/**
 * Collaboration and risk queries (issue 8; budget p50 ≤ 5 ms each) on fake-indexeddb, over the
 * store workload: 100k links on 8,896 intents and 10k entities, 143 goals at risk. Plus one
 * intent with 5,000 tickets on three trackers, the case the sidebar must stay capped and fast on.
 */
export async function benchQueries(): Promise<BenchRow[]> {
  const db = new ThroughlineDb(`bench-queries-${Date.now()}`);
  try {
    await load(db);
    const intentOf = (n: number) => `i${(n * 7919) % 8896}`;
    const ticketOf = (n: number) => `jira:acme.atlassian.net/BEN-${((n * 7919) % 8896) + 1}`;
    const siblings = await p50((n) => siblingsOf(db, ticketOf(n), intentOf(n)));
    const crowded = await p50(() => siblingsOf(db, 'linear:acme/CRO-1', CROWDED_INTENT));
    const attention = await p50(() => needsAttention(db));
    const { total } = await needsAttention(db);
    const morePage = await p50(() => needsAttention(db, { limit: ATTENTION_FIRST_PAGE + 10 }));
    const scale = `${LINK_COUNT / 1000}k links, 10k entities`;
    return [
      {
        name: `siblings of an intent (${scale}, p50)`,
        value: siblings,
        unit: 'ms',
        budget: BUDGET_MS,
      },
      {
        // Bad input, no budget of its own: exact counts walk the index range, O(n) here.
        name: 'siblings of an intent with 5,000 tickets on 3 trackers (p50)',
        value: crowded,
        unit: 'ms',
      },
      {
        name: `needs-attention list, first ${ATTENTION_FIRST_PAGE} of ${total} goals with counts (${scale}, p50)`,
        value: attention,
        unit: 'ms',
        budget: BUDGET_MS,
      },
      {
        name: `needs-attention list after "Show more": ${ATTENTION_FIRST_PAGE + 10} goals (p50)`,
        value: morePage,
        unit: 'ms',
      },
    ];
  } finally {
    db.close();
    await db.delete();
  }
}

/** The workload's rows written straight in (already valid), plus the crowded intent's tickets. */
async function load(db: ThroughlineDb): Promise<void> {
  const byType = new Map<EntityType, Record<string, unknown>[]>();
  for (const change of storeWorkload()) {
    const type = change.type as EntityType;
    const rows = byType.get(type) ?? [];
    rows.push(change.data);
    byType.set(type, rows);
  }
  const crowded = Array.from({ length: 5000 }, (_, n) => {
    const id = [
      `jira:acme.atlassian.net/CRO-${n + 1}`,
      `linear:acme/CRO-${n + 1}`,
      `github:github.com/acme/crowded#${n + 1}`,
    ][n % 3]!;
    return { id, ticketId: id, intentId: CROWDED_INTENT, linkedAt: T, version: 1, updatedAt: T };
  });
  byType.set('link', [...(byType.get('link') ?? []), ...crowded]);
  for (const [type, rows] of byType) await db.table(TABLE_OF_TYPE[type]).bulkPut(rows);
}

async function p50(run: (n: number) => Promise<unknown>, runs = RUNS): Promise<number> {
  for (let n = 0; n < 20; n++) await run(n);
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const start = performance.now();
    await run(n);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}
