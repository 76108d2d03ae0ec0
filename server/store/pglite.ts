import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { createInFlight } from './in-flight';
import type { Queryable, Row, Store } from './store';

export const DEFAULT_DATA_DIR = '.throughline/data';
/** The `dataDir` that keeps everything in memory (tests, throw-away demos). */
export const IN_MEMORY = 'memory';

/** Option first, then `THROUGHLINE_DATA_DIR`, then `.throughline/data`. */
export function resolveDataDir(option?: string): string {
  return option ?? process.env.THROUGHLINE_DATA_DIR ?? DEFAULT_DATA_DIR;
}

function queryableOf(db: PGlite | Transaction): Queryable {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export interface PgliteOptions {
  /**
   * A dump made by PGlite's dumpDataDir() to start an in-memory database from, instead of running
   * initdb (tests start from a migrated dump to save seconds per file).
   */
  loadDataDir?: Blob;
}

/** Opens embedded PostgreSQL (PGlite) in a directory, or in memory for `'memory'`. */
export async function openPgliteStore(
  dataDir: string,
  options: PgliteOptions = {},
): Promise<Store> {
  if (dataDir === IN_MEMORY)
    return openedStore(new PGlite({ loadDataDir: options.loadDataDir }), () => {});
  const dir = resolve(dataDir);
  const unlock = lockDataDir(dir);
  try {
    await mkdir(dir, { recursive: true });
    return await openedStore(new PGlite(dir), unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openedStore(db: PGlite, unlock: () => void): Promise<Store> {
  await db.waitReady;
  const store = pgliteStoreOf(db);
  return {
    ...store,
    close: async () => {
      try {
        await store.close();
      } finally {
        unlock();
      }
    },
  };
}

/** The store interface over an open PGlite instance; closing the store closes the instance. */
export function pgliteStoreOf(db: PGlite): Store {
  const inFlight = createInFlight('PGlite database');
  const base = queryableOf(db);
  return {
    kind: 'pglite',
    query: (sql, params) => inFlight.run(() => base.query(sql, params)),
    exec: (sql) => inFlight.run(() => base.exec(sql)),
    // PGlite has a single connection and queues transactions behind one another, which is a
    // stricter order than the version counter needs; see server/versions.ts.
    transaction: (work) => inFlight.run(() => db.transaction((tx) => work(queryableOf(tx)))),
    close: async () => {
      await inFlight.drain();
      // A clean shutdown checkpoints the data directory: what was committed is on disk.
      if (!db.closed) await db.close();
    },
  };
}
