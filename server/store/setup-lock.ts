import type { Queryable, Store } from './store';

/**
 * Runs `work` in a transaction that holds a transaction-scoped advisory lock, so that several
 * server processes starting at once against one PostgreSQL apply migrations and set up the
 * bootstrap token one after another instead of racing (two `CREATE TABLE`s of one migration, or
 * two inserts of one token, would otherwise fail or double up). The lock is released at commit.
 *
 * The key is derived from the search_path, so databases that keep separate Throughline schemas
 * (as the tests do) do not wait for one another. PGlite has one owner, but the same SQL runs there.
 */
export async function withSetupLock<T>(
  store: Store,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return store.transaction(async (tx) => {
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('throughline-setup:' || current_setting('search_path')))`,
    );
    return work(tx);
  });
}
