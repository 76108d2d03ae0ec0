/**
 * The storage adapter the server is written against. It is deliberately the smallest surface that
 * both embedded PGlite and a `pg` pool can offer, so that the same SQL and migrations run on either
 * (a PostgreSQL adapter behind `DATABASE_URL` is planned; see DESIGN.md "Server start").
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /**
   * Runs one statement with `$1…` parameters. Rows are typed by the caller: the SQL is the
   * contract, so callers name exactly the columns they select.
   */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Store extends Queryable {
  /**
   * Runs `work` in one transaction (READ COMMITTED, PostgreSQL's default): committed when it
   * resolves, rolled back when it throws.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
