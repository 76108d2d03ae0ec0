import { createApiClient, type ApiClient } from '../../../lib/api/client';
import { createApp } from '../../../server/app';
import { importContextText } from '../../../server/import/apply';
import { openServerStore } from '../../../server/open-store';
import type { Store } from '../../../server/store/store';

export const ADMIN = 'test-admin-token';

/** The real context API in this process, on in-memory PGlite, reachable through a fetch function. */
export async function startInProcessApi() {
  const store: Store = await openServerStore({ dataDir: 'memory', bootstrapToken: ADMIN });
  const app = createApp({ store, logError: () => undefined });
  let down = false;
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (down) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(app.request(input instanceof URL ? input.href : input, init));
  }) as typeof globalThis.fetch;
  return {
    store,
    client: (token = ADMIN): ApiClient =>
      createApiClient({ apiUrl: 'http://api.test', token, fetch }),
    importYaml: async (yaml: string) => {
      const outcome = await importContextText(store, yaml);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    },
    setDown: (value: boolean) => {
      down = value;
    },
    close: () => store.close(),
  };
}
