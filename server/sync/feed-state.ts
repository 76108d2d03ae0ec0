import type { Queryable } from '../store/store';
import type { Cursor } from './cursor';

/** What a cursor is checked against: which server this is, how far its feed goes, what is gone. */
export interface FeedState {
  workspaceId: string;
  /** The highest committed version (server/versions.ts). */
  head: number;
  /** The highest version of a pruned tombstone (server/sync/prune.ts). */
  prunedThrough: number;
}

export async function readFeedState(db: Queryable): Promise<FeedState> {
  // Scalar subqueries rather than a cross join: PostgreSQL estimates a join of tables it has no
  // statistics for as millions of rows and JIT-compiles it, which cost ~60 ms per request.
  const [row] = await db.query<{ id: string; v: number | string; pruned: number | string }>(
    `SELECT (SELECT id FROM workspace) AS id, (SELECT v FROM version_counter) AS v,
       (SELECT pruned_through FROM feed_horizon) AS pruned`,
  );
  if (row?.id == null) throw new Error('A singleton row is missing; were migrations applied?');
  return { workspaceId: row.id, head: Number(row.v), prunedThrough: Number(row.pruned) };
}

/**
 * Whether this server can still serve everything after `cursor`; the reason if not.
 * - another workspace: the cursor came from another server, or from this one before a wipe;
 * - ahead of the head: the data was restored from an older backup, versions will be reused;
 * - below the pruning horizon: a tombstone the client needs may have been pruned. Tombstones at
 *   or below the bootstrap horizon `b` are never served to it anyway, hence max(v, b).
 */
export function whyCursorExpired(cursor: Cursor, state: FeedState): string | null {
  if (cursor.w !== state.workspaceId) return 'it was issued by another server';
  if (cursor.v > state.head || cursor.b > state.head) return 'it is ahead of this server';
  if (isBelowPruningHorizon(cursor, state.prunedThrough))
    return 'deletes it has not seen were pruned';
  return null;
}

export function isBelowPruningHorizon(cursor: Cursor, prunedThrough: number): boolean {
  return Math.max(cursor.v, cursor.b) < prunedThrough;
}
