/**
 * The storage adapter the server is written against. It is deliberately the smallest surface that
 * both embedded PGlite and a `pg` pool can offer, so that the same SQL and the same migrations run
 * on either (DESIGN.md "Server start"). Everything above this file is engine-agnostic.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /**
   * Runs one statement with `$1…` parameters. Rows are typed by the caller: the SQL is the
   * contract, so callers name exactly the columns they select. `bigint` columns may come back as
   * strings (the `pg` driver does that to keep precision): wrap them in Number().
   */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Which engine is behind a store: benchmarks and test names show it. */
export type StoreKind = 'pglite' | 'postgres';

export interface Store extends Queryable {
  readonly kind: StoreKind;
  /**
   * Runs `work` in one transaction (READ COMMITTED, PostgreSQL's default): committed when it
   * resolves, rolled back when it throws.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Waits for the statements and transactions already started, then closes: a write that was
   * acknowledged (or is about to be) is never cut off by a shutdown. Work started after close()
   * is refused.
   */
  close(): Promise<void>;
}
