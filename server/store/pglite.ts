import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
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

/** Opens embedded PostgreSQL (PGlite) in a directory, or in memory for `'memory'`. */
export async function openPgliteStore(dataDir: string): Promise<Store> {
  let db: PGlite;
  if (dataDir === IN_MEMORY) db = new PGlite();
  else {
    const dir = resolve(dataDir);
    await mkdir(dir, { recursive: true });
    db = new PGlite(dir);
  }
  await db.waitReady;
  return {
    ...queryableOf(db),
    // PGlite has a single connection and queues transactions behind one another, which is a
    // stricter order than the version counter needs; see server/versions.ts.
    transaction: (work) => db.transaction((tx) => work(queryableOf(tx))),
    close: () => db.close(),
  };
}
