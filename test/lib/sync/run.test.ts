import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMeta, readMeta } from '../../../lib/db/meta';
import { syncOnce } from '../../../lib/sync/run';
import { setTag } from '../../../lib/sync/tag';
import { makeDb } from '../db/make-db';
import { SYNC_CONTEXT } from './context-fixture';
import { startInProcessApi } from './in-process-api';

const connection = {
  apiUrl: 'http://api.test',
  token: 'test-admin-token-at-least-32-characters',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

describe('syncOnce', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
    await api.importYaml(SYNC_CONTEXT);
  });
  afterAll(() => api.close());
  const makeClient = () => api.client();

  it('does nothing and says so when not connected', async () => {
    expect(await syncOnce(makeDb(), makeClient)).toEqual({ ok: false, notConnected: true });
  });

  it('pushes the outbox, then pulls, and records the success', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', connection);
    await setTag(db, { ticketId: 'jira:acme.atlassian.net/PAY-1', bucketId: 'ktlo' }, 'ana');
    const outcome = await syncOnce(db, makeClient);
    expect(outcome).toMatchObject({ ok: true, pushed: { applied: 1 } });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.links.get('jira:acme.atlassian.net/PAY-1'))?.linkedBy).toBe('admin');
    expect(await readMeta(db, 'syncStatus')).toMatchObject({
      running: false,
      failures: 0,
      offline: false,
    });
  });

  it('counts failures in a row, says the API is unreachable in plain words, and resets on success', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', connection);
    api.setFault('down');
    await syncOnce(db, makeClient);
    const second = await syncOnce(db, makeClient);
    expect(second).toMatchObject({ ok: false, failures: 2 });
    expect(await readMeta(db, 'syncStatus')).toMatchObject({
      offline: true,
      lastErrorKind: 'unreachable',
      lastError: expect.stringMatching(/Can't reach the context API/),
    });
    api.setFault(undefined);
    await syncOnce(db, makeClient);
    expect(await readMeta(db, 'syncStatus')).toMatchObject({
      failures: 0,
      offline: false,
      lastError: undefined,
    });
  });

  it('never runs two syncs at once: a second caller joins the running one', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', connection);
    const before = api.requests.length;
    const [a, b] = await Promise.all([syncOnce(db, makeClient), syncOnce(db, makeClient)]);
    expect(a).toBe(b);
    // One bootstrap page, then one more run for the caller that arrived meanwhile.
    const feedCalls = api.requests.slice(before).filter((r) => r.startsWith('GET /v1/sync')).length;
    expect(feedCalls).toBe(2);
  });
});
