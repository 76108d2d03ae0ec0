import { readFileSync } from 'node:fs';
import { createApp, type AppDeps } from '../../server/app';
import { parseContextText } from '../../server/import/parse-text';
import type { Store } from '../../server/store/store';
import { createToken } from '../../server/tokens';
import type { TestStoreKind } from './stores';

export { TEST_STORES, type TestStoreKind } from './stores';

export const ADMIN_TOKEN = 'test-admin-token-at-least-32-characters';
export const DEMO_YAML = readFileSync(
  new URL('../../server/seed/demo.yaml', import.meta.url),
  'utf8',
);

export interface TestServer {
  store: Store;
  app: ReturnType<typeof createApp>;
  /** A non-admin token of user "alice". */
  memberToken: string;
  get(path: string, token?: string | null): Promise<Response>;
  post(
    path: string,
    body: unknown,
    options?: { token?: string | null; contentType?: string },
  ): Promise<Response>;
  /** Deletes all entities and mutation ids, and starts versions again from 0. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database of `kind`. Opening one costs seconds on PGlite, so each test
 * file opens one per kind in beforeAll and resets it between tests. The rate limit is off unless
 * a test asks for one: the suite makes thousands of requests with one token.
 */
export async function openTestServer(
  kind: TestStoreKind,
  options: Pick<
    AppDeps,
    | 'rateLimitPerMinute'
    | 'now'
    | 'authFailuresPerMinute'
    | 'addressOf'
    | 'parseContextFile'
    | 'inFlightPerToken'
  > = {},
): Promise<TestServer> {
  const store = await kind.open({ bootstrapToken: ADMIN_TOKEN });
  // Named uniquely: several test servers may share one database (several server processes).
  const memberToken = await createToken(store, {
    name: `alice-laptop-${crypto.randomUUID()}`,
    userName: 'alice',
  });
  const app = createApp({
    store,
    logError: () => {},
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    now: options.now,
    authFailuresPerMinute: options.authFailuresPerMinute,
    addressOf: options.addressOf,
    // Off like the rate limit: the concurrency tests run many requests at once with one token.
    inFlightPerToken: options.inFlightPerToken ?? 0,
    // Imports are read on this thread unless a test asks for the server's worker threads
    // (test/server/import-isolation.test.ts): a worker costs half a second to start, and the
    // suite imports before most tests.
    parseContextFile:
      options.parseContextFile ?? (async (text, format) => parseContextText(text, format)),
  });
  const auth = (token: string | null | undefined): Record<string, string> =>
    token === null ? {} : { Authorization: `Bearer ${token ?? ADMIN_TOKEN}` };
  return {
    store,
    app,
    memberToken,
    get: async (path, token) => app.request(path, { headers: auth(token) }),
    post: async (path, body, options = {}) =>
      app.request(path, {
        method: 'POST',
        headers: {
          ...auth(options.token),
          'Content-Type': options.contentType ?? 'application/json',
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    reset: async () => {
      await store.exec(`DELETE FROM entities; DELETE FROM applied_mutations;
        UPDATE version_counter SET v = 0; UPDATE feed_horizon SET pruned_through = 0;
        UPDATE workspace SET name = 'Untitled workspace'`);
    },
    close: () => store.close(),
  };
}

export async function importYaml(server: TestServer, yaml: string): Promise<Response> {
  return server.post('/v1/import', yaml, { contentType: 'application/yaml' });
}

export interface ChangeJson {
  type: string;
  op: 'put' | 'delete';
  id: string;
  version: number;
  data?: Record<string, unknown>;
}

export interface SyncPageJson {
  cursor: string;
  more: boolean;
  changes: ChangeJson[];
}

/** One GET /v1/sync; throws unless it answers 200. */
export async function syncPage(
  server: TestServer,
  options: { cursor?: string; limit?: number } = {},
): Promise<SyncPageJson> {
  const query = new URLSearchParams();
  if (options.cursor !== undefined) query.set('cursor', options.cursor);
  if (options.limit !== undefined) query.set('limit', String(options.limit));
  const response = await server.get(`/v1/sync?${query}`);
  if (response.status !== 200) throw new Error(`sync answered ${response.status}`);
  return (await response.json()) as SyncPageJson;
}

/** Follows cursors from `cursor` until `more` is false; returns every change and the last cursor. */
export async function syncAll(
  server: TestServer,
  options: { cursor?: string; limit?: number } = {},
): Promise<{ changes: ChangeJson[]; cursor: string; pages: number }> {
  const changes: ChangeJson[] = [];
  let cursor = options.cursor;
  for (let pages = 1; ; pages++) {
    const page = await syncPage(server, { cursor, limit: options.limit });
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.more) return { changes, cursor, pages };
  }
}

/** Applies changes in order to a map keyed `type:id`, the way a client would. */
export function replay(changes: readonly ChangeJson[], into = new Map<string, ChangeJson>()) {
  for (const change of changes) {
    const key = `${change.type}:${change.id}`;
    if (change.op === 'delete') into.delete(key);
    else into.set(key, change);
  }
  return into;
}

/** The highest committed version. */
export async function headVersion(store: Store): Promise<number> {
  const [row] = await store.query<{ v: number | string }>('SELECT v FROM version_counter');
  return Number(row?.v);
}
