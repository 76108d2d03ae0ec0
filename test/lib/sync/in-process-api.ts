import { createApiClient, type ApiClient } from '../../../lib/api/client';
import { createApp } from '../../../server/app';
import { importContextText } from '../../../server/import/apply';
import { openServerStore } from '../../../server/open-store';
import type { Store } from '../../../server/store/store';

export const ADMIN = 'test-admin-token-at-least-32-characters';

/**
 * What the network does to the next requests: `down` refuses them, `lose-answer` lets the server
 * apply them and then drops the answer (as a worker killed mid-request would see), the others
 * answer instead of the server. A function decides per request (return undefined to let the
 * server answer); it sees the method, path and body.
 */
export type Fault =
  | 'down'
  | 'lose-answer'
  | 'http-500'
  | 'http-429'
  | 'empty-results'
  | 'html'
  | 'hang'
  | ((request: SeenRequest) => Response | undefined)
  | undefined;

export interface SeenRequest {
  method: string;
  path: string;
  body: string;
}

/** A JSON answer in the API's shape, for faults. */
export function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The real context API in this process, on in-memory PGlite, reachable through a fetch function. */
export async function startInProcessApi() {
  const store: Store = await openServerStore({ dataDir: 'memory', bootstrapToken: ADMIN });
  const app = createApp({ store, logError: () => undefined });
  let fault: Fault;
  const requests: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    const seen = {
      method: init?.method ?? 'GET',
      path: new URL(url).pathname,
      body: typeof init?.body === 'string' ? init.body : '',
    };
    requests.push(`${seen.method} ${seen.path}${new URL(url).search}`);
    if (typeof fault === 'function') return fault(seen) ?? app.request(url, init);
    switch (fault) {
      case 'down':
        throw new TypeError('Failed to fetch');
      case 'http-500':
        return new Response('upstream exploded', { status: 500 });
      case 'http-429':
        return answer(
          429,
          { error: { code: 'rate_limited', message: 'slow down' } },
          {
            'retry-after': '120',
          },
        );
      case 'empty-results':
        return seen.method === 'POST' ? answer(200, { results: [] }) : app.request(url, init);
      case 'html':
        return new Response('<html>Welcome to nginx</html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        });
      case 'hang':
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        );
      case 'lose-answer':
        await app.request(url, init);
        throw new TypeError('Failed to fetch');
      default:
        return app.request(url, init);
    }
  }) as typeof globalThis.fetch;
  return {
    store,
    app,
    requests,
    client: (
      options: { token?: string; timeoutMs?: number; maxAnswerBytes?: number } = {},
    ): ApiClient =>
      createApiClient({
        apiUrl: 'http://api.test',
        token: options.token ?? ADMIN,
        fetch,
        timeoutMs: options.timeoutMs,
        maxAnswerBytes: options.maxAnswerBytes,
      }),
    /** The server's current state as a fresh client sees it. */
    serverLinks: async () => {
      const response = await app.request('http://api.test/v1/sync?limit=5000', {
        headers: { authorization: `Bearer ${ADMIN}` },
      });
      const page = (await response.json()) as {
        changes: { type: string; id: string; data: Record<string, unknown> }[];
      };
      return page.changes.filter((c) => c.type === 'link').map((c) => c.data);
    },
    importYaml: async (yaml: string) => {
      const outcome = await importContextText(store, yaml);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    },
    setFault: (value: Fault) => {
      fault = value;
    },
    close: () => store.close(),
  };
}
