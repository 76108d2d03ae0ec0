import type { Queryable } from './store/store';

/*
 * Why versions are allocated this way (the sync feed's guarantee rests on it).
 *
 * A reader follows the feed with "give me rows WHERE version > my cursor ORDER BY version". That
 * is only safe if no row with a version at or below the cursor can still appear after the read.
 * With a plain sequence it can: transaction A takes version 11, B takes 12, B commits first, a
 * reader sees 12 and moves its cursor past 11, then A commits and 11 is never read.
 *
 * So every write transaction first locks the single row of `version_counter` and later allocates
 * its versions with `UPDATE version_counter SET v = v + n RETURNING v`, in the same transaction
 * as its writes. The row lock is held until commit, so a second writer cannot get a version until
 * the first has committed (or rolled back): versions become visible strictly in the order they
 * were allocated, and there is never a committed version above an uncommitted one. A reader
 * following cursors therefore sees every change exactly once, even under concurrent writes and
 * with several server processes sharing one PostgreSQL. The counter's committed value is also
 * exactly the highest committed version, which the bootstrap horizon relies on (server/sync/).
 *
 * test/server/feed-concurrency.test.ts and postgres-processes.test.ts check this against the full
 * history of writes, on PGlite and on PostgreSQL with real concurrent connections; a plain
 * sequence in place of the counter fails them.
 *
 * The cost is that writers are serialised. Writes here are tag edits and imports, rare next to
 * reads, and readers never take the lock.
 */

/**
 * Takes the writers' lock for the rest of the transaction and returns the current version. Taken
 * before a writer reads what it will decide on, so that those reads cannot go stale under it.
 */
export async function lockWriters(tx: Queryable): Promise<number> {
  const rows = await tx.query<{ v: number | string }>('SELECT v FROM version_counter FOR UPDATE');
  return Number(rows[0]?.v ?? 0);
}

/** Allocates `count` consecutive versions and returns the first one. */
export async function allocateVersions(tx: Queryable, count: number): Promise<number> {
  const rows = await tx.query<{ v: number | string }>(
    'UPDATE version_counter SET v = v + $1 RETURNING v',
    [count],
  );
  return Number(rows[0]?.v ?? 0) - count + 1;
}
