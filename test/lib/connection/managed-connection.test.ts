import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../lib/api/client';
import { applyManagedConnection } from '../../../lib/connection/managed-connection';
import { readMeta } from '../../../lib/db/meta';
import { makeDb } from '../db/make-db';
import { SYNC_CONTEXT } from '../sync/context-fixture';
import { ADMIN, startInProcessApi } from '../sync/in-process-api';

const POLICY = { apiUrl: 'http://api.test', apiToken: ADMIN, problems: [] };

describe('connecting from browser policy', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
    await api.importYaml(SYNC_CONTEXT);
  });
  afterAll(() => api.close());
  const makeClient = (o: { token: string }) => api.client({ token: o.token });

  it('connects by itself when the policy sets both URL and token', async () => {
    const db = makeDb();
    expect(await applyManagedConnection(db, POLICY, makeClient)).toBe('connected');
    expect(await readMeta(db, 'connection')).toMatchObject({
      apiUrl: 'http://api.test',
      workspaceName: 'Acme',
    });
  });

  it('does not call the API again while the stored connection matches the policy', async () => {
    const db = makeDb();
    await applyManagedConnection(db, POLICY, makeClient);
    const requests = api.requests.length;
    expect(await applyManagedConnection(db, POLICY, makeClient)).toBe('current');
    expect(api.requests.length).toBe(requests);
  });

  it('leaves people to connect when the policy sets only the URL', async () => {
    const db = makeDb();
    expect(
      await applyManagedConnection(db, { apiUrl: 'http://api.test', problems: [] }, makeClient),
    ).toBe('not-managed');
    expect(await readMeta(db, 'connection')).toBeUndefined();
  });

  it('records why a managed connection failed, for the options page and sidebar', async () => {
    const db = makeDb();
    const down = () =>
      createApiClient({
        apiUrl: 'http://api.test',
        token: ADMIN,
        fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
      });
    expect(await applyManagedConnection(db, POLICY, down)).toBe('failed');
    expect(await readMeta(db, 'connection')).toBeUndefined();
    expect(await readMeta(db, 'syncStatus')).toMatchObject({
      offline: true,
      lastErrorKind: 'unreachable',
      lastError: expect.stringMatching(/policy/),
    });
  });
});
