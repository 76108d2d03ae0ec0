import { readFileSync } from 'node:fs';
import { createApp } from '../../server/app';
import { openServerStore } from '../../server/open-store';
import type { Store } from '../../server/store/store';
import { createToken } from '../../server/tokens';

export const ADMIN_TOKEN = 'test-admin-token';
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
 * The real app on an in-memory PGlite. Opening one costs seconds, so each test file opens one in
 * beforeAll and resets it between tests.
 */
export async function openTestServer(): Promise<TestServer> {
  const store = await openServerStore({ dataDir: 'memory', bootstrapToken: ADMIN_TOKEN });
  const memberToken = await createToken(store, { name: 'alice-laptop', userName: 'alice' });
  const app = createApp({ store, logError: () => {} });
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
        UPDATE version_counter SET v = 0; UPDATE workspace SET name = 'Untitled workspace'`);
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

/** Follows cursors from `cursor` until `more` is false; returns every change and the last cursor. */
export async function syncAll(
  server: TestServer,
  options: { cursor?: string; limit?: number } = {},
): Promise<{ changes: ChangeJson[]; cursor: string; pages: number }> {
  const changes: ChangeJson[] = [];
  let cursor = options.cursor;
  for (let pages = 1; ; pages++) {
    const query = new URLSearchParams();
    if (cursor !== undefined) query.set('cursor', cursor);
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    const response = await server.get(`/v1/sync?${query}`);
    if (response.status !== 200) throw new Error(`sync answered ${response.status}`);
    const page = (await response.json()) as {
      cursor: string;
      more: boolean;
      changes: ChangeJson[];
    };
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.more) return { changes, cursor, pages };
  }
}
