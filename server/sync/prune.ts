import type { Store } from '../store/store';
import { lockWriters } from '../versions';

/*
 * Tombstones (deleted entities) stay in `entities` so that clients learn about deletes. Kept for
 * ever, they would pile up; so tombstones older than a retention are pruned, and the highest
 * version pruned is stored in `feed_horizon`. A cursor below it might have missed one of those
 * deletes, so GET /v1/sync answers it 410 and the client starts over (server/sync/feed-state.ts).
 * Clients that sync at least once per retention period never notice.
 *
 * The ids of applied mutations (`applied_mutations`, which answer a retried mutation `duplicate`)
 * are pruned in the same run with the same retention: a mutation retried within the retention of
 * its first application is still a duplicate; one retried later applies again.
 */

/** Default retention: a laptop can stay closed for a quarter without a full re-sync. */
export const DEFAULT_TOMBSTONE_RETENTION_DAYS = 90;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Pruning runs at start and then this often. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface PruneResult {
  pruned: number;
  /** Mutation ids forgotten. */
  prunedMutations: number;
  /** The horizon after pruning: cursors below it answer 410. */
  prunedThrough: number;
}

/**
 * Deletes tombstones last written before `olderThan` and raises the horizon past them, and
 * forgets mutation ids applied before it.
 */
export async function pruneTombstones(store: Store, olderThan: Date): Promise<PruneResult> {
  return store.transaction(async (tx) => {
    // Taken like any writer, so that pruning never interleaves with an import's read-then-write.
    await lockWriters(tx);
    const [row] = await tx.query<{ pruned: number | string; through: number | string }>(
      `WITH gone AS (
         DELETE FROM entities WHERE deleted AND updated_at < $1::timestamptz RETURNING version
       ), raised AS (
         UPDATE feed_horizon
         SET pruned_through = GREATEST(pruned_through, (SELECT coalesce(max(version), 0) FROM gone))
         RETURNING pruned_through
       )
       SELECT (SELECT count(*) FROM gone) AS pruned, (SELECT pruned_through FROM raised) AS through`,
      [olderThan.toISOString()],
    );
    const forgotten = await tx.query<{ count: number | string }>(
      `WITH gone AS (DELETE FROM applied_mutations WHERE applied_at < $1::timestamptz RETURNING 1)
       SELECT count(*) AS count FROM gone`,
      [olderThan.toISOString()],
    );
    return {
      pruned: Number(row?.pruned ?? 0),
      prunedMutations: Number(forgotten[0]?.count ?? 0),
      prunedThrough: Number(row?.through ?? 0),
    };
  });
}

/**
 * Prunes now (awaited, so a server starts with its horizon settled) and every hour after,
 * tombstones older than `retentionMs`. Resolves to a stop function. The timer does not keep the
 * process alive; a failed run is reported and retried at the next.
 */
export async function startPruning(
  store: Store,
  retentionMs: number,
  logError: (error: unknown) => void,
): Promise<() => void> {
  const run = () => pruneTombstones(store, new Date(Date.now() - retentionMs));
  await run();
  const timer = setInterval(() => run().catch(logError), PRUNE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
