import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../lib/api/client';
import { connectFromForm, connectWithSyncPaused } from '../../../lib/connection/connect-from-form';
import { readMeta, writeMeta } from '../../../lib/db/meta';
import { importContextFile } from '../../../lib/standalone/import';
import { syncOnce } from '../../../lib/sync/run';
import { setTag } from '../../../lib/sync/tag';
import { demoChanges, makeDb } from '../db/make-db';
import { SYNC_CONTEXT } from '../sync/context-fixture';
import { ADMIN, startInProcessApi } from '../sync/in-process-api';
import { DEMO_YAML } from '../standalone/context-files';

const STORED = {
  apiUrl: 'https://old.example.com',
  token: 'old-token',
  workspaceId: 'w-old',
  workspaceName: 'Old',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

/** A fetch that fails like the browser does; `noCorsAnswers` says whether a no-cors probe gets through. */
const failingFetch = (noCorsAnswers: boolean) =>
  ((_input: RequestInfo | URL, init?: RequestInit) =>
    init?.mode === 'no-cors' && noCorsAnswers
      ? Promise.resolve(new Response(null, { status: 200 }))
      : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;

describe('connecting from the options form', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
    await api.importYaml(SYNC_CONTEXT);
  });
  afterAll(() => api.close());
  const viaApi = { makeClient: (o: { token: string }) => api.client({ token: o.token }) };

  it('stores the connection with the workspace and user that /v1/me names', async () => {
    const db = makeDb();
    const attempt = await connectFromForm(db, ' http://api.test/ ', ` ${ADMIN}\n`, viaApi);
    expect(attempt).toMatchObject({
      ok: true,
      connection: { workspaceName: 'Acme', apiUrl: 'http://api.test' },
    });
    expect(await readMeta(db, 'connection')).toMatchObject({ token: ADMIN, workspaceName: 'Acme' });
  });

  it.each([
    ['api.example.com', 'tok', 'apiUrl', /full address/],
    ['ftp://api.example.com', 'tok', 'apiUrl', /https:\/\//],
    ['https://user:pw@api.example.com', 'tok', 'apiUrl', /user or password/],
    ['https://api.example.com', 'two words', 'token', /no spaces/],
    ['https://api.example.com', '   ', 'token', /Paste the API token/],
  ])(
    'refuses %s / "%s" before any request, keeping what was stored',
    async (url, token, field, message) => {
      const db = makeDb();
      await writeMeta(db, 'connection', STORED);
      const requestsBefore = api.requests.length;
      const attempt = await connectFromForm(db, url, token, viaApi);
      expect(attempt).toMatchObject({ ok: false, field, message: expect.stringMatching(message) });
      expect(api.requests.length).toBe(requestsBefore);
      expect(await readMeta(db, 'connection')).toEqual(STORED);
    },
  );

  it('says the server refused the token, and keeps the stored connection', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', STORED);
    const attempt = await connectFromForm(db, 'http://api.test', 'not-a-real-token', viaApi);
    expect(attempt).toMatchObject({
      ok: false,
      failure: { kind: 'unauthorized', title: 'api.test refused this API token.' },
    });
    expect(await readMeta(db, 'connection')).toEqual(STORED);
  });

  it('says a server answering HTML is not a Throughline API, and changes nothing', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    const before = await Promise.all(db.tables.map((table) => table.toArray()));
    api.setFault('html');
    const attempt = await connectFromForm(db, 'http://api.test', ADMIN, viaApi).finally(() =>
      api.setFault(undefined),
    );
    expect(attempt).toMatchObject({ ok: false, failure: { kind: 'not-throughline' } });
    expect(await Promise.all(db.tables.map((table) => table.toArray()))).toEqual(before);
  });

  it('says the address cannot be reached when nothing answers there', async () => {
    const attempt = await connectFromForm(makeDb(), 'http://127.0.0.1:9', 'tok', {
      fetch: failingFetch(false),
    });
    expect(attempt).toMatchObject({
      ok: false,
      failure: { kind: 'unreachable', title: "Can't reach 127.0.0.1:9." },
    });
  });

  it('tells a server that answers without CORS (so not ours) from one that is down', async () => {
    const attempt = await connectFromForm(makeDb(), 'https://intranet.example.com', 'tok', {
      fetch: failingFetch(true),
    });
    expect(attempt).toMatchObject({ ok: false, failure: { kind: 'not-throughline' } });
  });

  it('replaces an imported standalone context when connecting', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    expect(await connectFromForm(db, 'http://api.test', ADMIN, viaApi)).toMatchObject({ ok: true });
    expect(await readMeta(db, 'standalone')).toBeUndefined();
    expect(await db.missions.count()).toBe(0);
  });

  it('keeps pending tags when reconnecting to the same workspace', async () => {
    const db = makeDb();
    await connectFromForm(db, 'http://api.test', ADMIN, viaApi);
    await setTag(db, { ticketId: 'linear:acme/ENG-9', bucketId: 'ktlo' }, 'Ana');
    await connectFromForm(db, 'http://api.test', ADMIN, viaApi);
    expect(await db.outbox.count()).toBe(1);
  });

  it('waits for a running pull before connecting to another workspace, so the pull never writes into the new store', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', STORED);
    let openPull!: () => void;
    const pullGate = new Promise<void>((resolve) => (openPull = resolve));
    const order: string[] = [];
    const oldWorkspace: ApiClient = {
      me: () => Promise.reject(new Error('unused')),
      mutations: async () => [],
      syncPage: async () => {
        order.push('pull started');
        await pullGate;
        order.push('pull finished');
        return { cursor: 'old-workspace-cursor', more: false, changes: demoChanges() };
      },
    };
    const sync = syncOnce(db, () => oldWorkspace);
    await expect.poll(() => order).toContain('pull started');
    const connecting = connectWithSyncPaused(db, 'http://api.test', ADMIN, {
      makeClient: (o) => {
        order.push('connect started');
        return api.client({ token: o.token });
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    openPull();
    await sync;
    expect(await connecting).toEqual({ ok: true, workspaceName: 'Acme' });
    expect(order).toEqual(['pull started', 'pull finished', 'connect started']);
    // The old workspace's page and cursor went with the old store; the next sync starts afresh.
    expect(await readMeta(db, 'cursor')).toBeUndefined();
    expect(await db.missions.count()).toBe(0);
    expect(await readMeta(db, 'connection')).toMatchObject({ workspaceName: 'Acme' });
  });
});
