import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openServerStore, prepareStore } from '../../server/open-store';
import { IN_MEMORY, openPgliteStore } from '../../server/store/pglite';
import { migratedPgliteDump } from './pglite-dump';
import type { Store } from '../../server/store/store';

/**
 * The engines the server suite runs on: always PGlite in memory, and a real PostgreSQL when
 * DATABASE_URL_TEST is set (CI sets it; see .ci/run). Test files run the same tests on each with
 * `describe.each(TEST_STORES)`.
 */
export interface TestStoreKind {
  name: 'PGlite' | 'PostgreSQL';
  /** A fresh, migrated, empty database with `bootstrapToken` as a live admin token. */
  open(options: { bootstrapToken: string }): Promise<Store>;
}

const POSTGRES_URL = process.env.DATABASE_URL_TEST;

export const PGLITE: TestStoreKind = {
  name: 'PGlite',
  open: async ({ bootstrapToken }) => {
    const store = await openPgliteStore(IN_MEMORY, { loadDataDir: await migratedPgliteDump() });
    // Every database loaded from the shared dump would otherwise have the same workspace id.
    await store.query('UPDATE workspace SET id = gen_random_uuid()::text');
    return prepareStore(store, bootstrapToken);
  },
};

export const POSTGRES: TestStoreKind | undefined =
  POSTGRES_URL === undefined || POSTGRES_URL === ''
    ? undefined
    : {
        name: 'PostgreSQL',
        open: async ({ bootstrapToken }) => {
          const database = await createTestSchema();
          const store = await openServerStore({ databaseUrl: database.url, bootstrapToken });
          return {
            ...store,
            close: async () => {
              await store.close();
              await database.drop();
            },
          };
        },
      };

export const TEST_STORES: TestStoreKind[] = POSTGRES === undefined ? [PGLITE] : [PGLITE, POSTGRES];

export interface TestSchema {
  /** DATABASE_URL_TEST with this schema first on the search_path. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A schema of its own on the test PostgreSQL, so that test files running in parallel (and runs
 * that crashed before cleaning up) never see one another's tables.
 */
export async function createTestSchema(): Promise<TestSchema> {
  if (POSTGRES_URL === undefined) throw new Error('DATABASE_URL_TEST is not set');
  const schema = `tl_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
