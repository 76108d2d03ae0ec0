import pg from 'pg';
import { createInFlight } from './in-flight';
import type { Queryable, Row, Store } from './store';

export interface PostgresOptions {
  /**
   * `postgres://user:password@host:port/database`. Anything libpq-style the `pg` driver reads
   * works, e.g. `?sslmode=require`, or `?options=-c%20search_path%3Dmy_schema` to keep the tables
   * in a schema of their own (the tests give every test file one).
   */
  connectionString: string;
  /** Connections in the pool; default 10. */
  maxConnections?: number;
  /** Where errors of idle connections go (a restarted database, a cut network). */
  logError?: (error: Error) => void;
}

/**
 * The connection string with `-c jit=off` added to its startup options. JIT compilation pays off
 * for long analytical queries; every query here is short, and a mis-estimated one was seen
 * spending 60 ms compiling a 1 ms plan. A string that is not a URL is left as it is.
 */
export function withoutJit(connectionString: string): string {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    return connectionString;
  }
  const options = url.searchParams.get('options');
  url.searchParams.set('options', options === null ? '-c jit=off' : `${options} -c jit=off`);
  return url.toString();
}

function queryableOf(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      // Without parameters the driver uses the simple protocol, which accepts several statements.
      await client.query(sql);
    },
  };
}

/**
 * Opens a pool on a PostgreSQL server (DATABASE_URL). Several server processes may share one
 * database: writers serialise on the version counter's row lock (server/versions.ts), and setup
 * takes an advisory lock (server/store/setup-lock.ts).
 */
export async function openPostgresStore(options: PostgresOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: withoutJit(options.connectionString),
    max: options.maxConnections ?? 10,
  });
  const logError =
    options.logError ?? ((error: Error) => console.error('PostgreSQL:', error.message));
  // Without a listener, an idle connection's error would crash the process; the pool replaces it.
  pool.on('error', logError);

  try {
    await pool.query('SELECT 1'); // fail at start, not at the first request, on a bad URL
  } catch (error) {
    await pool.end();
    throw error;
  }
  const inFlight = createInFlight('PostgreSQL pool');
  const base = queryableOf(pool);

  async function transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(queryableOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError; // the connection is unusable: drop it rather than reuse it
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    kind: 'postgres',
    query: (sql, params) => inFlight.run(() => base.query(sql, params)),
    exec: (sql) => inFlight.run(() => base.exec(sql)),
    transaction: (work) => inFlight.run(() => transaction(work)),
    close: async () => {
      await inFlight.drain();
      await pool.end();
    },
  };
}
