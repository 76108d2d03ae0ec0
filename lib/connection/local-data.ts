import type { ThroughlineDb } from '../db/database';
import { entityTables } from '../db/tables';
import { SNAPSHOT_KEY } from '../search/entity-snapshot';

/** Every table that holds data from a server or an imported file, and the work queued for it. */
function dataTables(db: ThroughlineDb) {
  return [...entityTables(db), db.outbox, db.rejections, db.quarantine];
}

/** The tables and meta rows that forgetting or resetting touches, for the caller's transaction. */
export function localDataScope(db: ThroughlineDb) {
  return [...dataTables(db), db.meta];
}

/**
 * Empties the local store: context, pending tags, refusals, quarantine, the feed cursor, the sync
 * status, the connection (with its token), any standalone import and the search's saved copy of
 * the entities' titles. The installation's clientId
 * stays: it names this browser, not a workspace. Call inside a transaction over `localDataScope`.
 */
export async function forgetLocalData(db: ThroughlineDb): Promise<void> {
  await Promise.all(dataTables(db).map((table) => table.clear()));
  await db.meta.bulkDelete(['connection', 'standalone', 'cursor', 'syncStatus', SNAPSHOT_KEY]);
}

/**
 * Starts the local copy afresh while staying connected: the next sync pushes what is pending and
 * then bootstraps from no cursor. Tags waiting to be sent are kept (their outbox entries and their
 * pending rows), so a reset never loses someone's work. Returns how many were kept.
 */
export async function resetLocalData(db: ThroughlineDb): Promise<{ keptPending: number }> {
  return db.transaction('rw', localDataScope(db), async () => {
    const pendingLinks = await db.links.where('pending').anyOf('set', 'clear').toArray();
    await Promise.all(
      [db.buckets, db.missions, db.goals, db.intents, db.rules, db.links, db.quarantine].map(
        (table) => table.clear(),
      ),
    );
    await db.links.bulkPut(pendingLinks);
    await db.meta.bulkDelete(['cursor', 'syncStatus', SNAPSHOT_KEY]);
    return { keptPending: await db.outbox.count() };
  });
}
