import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../lib/api/errors';
import type { ThroughlineDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import { nextAttemptDelayMs } from '../../../lib/sync/backoff';
import { pull } from '../../../lib/sync/pull';
import { push } from '../../../lib/sync/push';
import { syncOnce } from '../../../lib/sync/run';
import { discardSetAside, retrySetAside, SET_ASIDE_AFTER } from '../../../lib/sync/set-aside';
import { setTag } from '../../../lib/sync/tag';
import { makeDb } from '../db/make-db';
import { SYNC_CONTEXT } from './context-fixture';
import { answer, startInProcessApi } from './in-process-api';

const ticket = (n: number) => `jira:acme.atlassian.net/PAY-${n}`;
const BAD = ticket(13);
const connection = {
  apiUrl: 'http://api.test',
  token: 'test-admin-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

describe('push when the server refuses, fails or misbehaves', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
    await api.importYaml(SYNC_CONTEXT);
  });
  beforeEach(() => api.setFault(undefined));
  afterAll(() => api.close());
  const makeClient = () => api.client();

  async function connectedDb(): Promise<ThroughlineDb> {
    const db = makeDb();
    await writeMeta(db, 'connection', connection);
    await pull(db, api.client());
    return db;
  }

  /** Tags PAY-1…PAY-n, one of them (PAY-13) the tag the fault picks on. */
  async function tagMany(db: ThroughlineDb, n: number) {
    for (let i = 1; i <= n; i++) await setTag(db, { ticketId: ticket(i), intentId: 'i1' }, 'ana');
  }
  const serverHas = async (id: string) => (await api.serverLinks()).some((l) => l.ticketId === id);

  it('refuses only the mutation a 400 names, and applies the rest of the batch', async () => {
    const db = await connectedDb();
    await tagMany(db, 20);
    // Queued by an older version that did not check text: the server's 400 names mutations[12].
    const bad = await db.outbox.where('ticketId').equals(BAD).first();
    await db.outbox.update(bad!.seq!, { 'mutation.args.title': 'Retry\u0000cards' });
    expect(await push(db, api.client(), 'c1')).toEqual({ sent: 20, applied: 19, rejected: 1 });
    expect((await db.rejections.get(BAD))?.reason).toMatch(/mutations\[12\]\.args\.title/);
    expect(await db.links.get(BAD)).toBeUndefined();
    expect(await serverHas(ticket(14))).toBe(true);
    expect(await db.outbox.count()).toBe(0);
  });

  it('cleans a title read from the page before queuing it, so the tag is applied', async () => {
    const db = await connectedDb();
    await setTag(
      db,
      { ticketId: ticket(50), intentId: 'i1', title: 'Retry\u0000 cards \ud800' },
      'ana',
    );
    expect(await push(db, api.client(), 'c1')).toEqual({ sent: 1, applied: 1, rejected: 0 });
    const onServer = (await api.serverLinks()).find((l) => l.ticketId === ticket(50));
    expect(onServer?.title).toBe('Retry cards \ufffd');
  });

  it('drops a tag confirmed as duplicate once a first pull shows another client cleared it', async () => {
    // Found by the engine property test: the first pull is a snapshot without deletes.
    const db = makeDb();
    await writeMeta(db, 'connection', connection);
    await setTag(db, { ticketId: ticket(60), intentId: 'i1' }, 'ana');
    api.setFault('lose-answer');
    expect(await syncOnce(db, makeClient)).toMatchObject({ ok: false }); // applied, answers lost
    api.setFault(undefined);
    await api.client().mutations({
      clientId: 'someone-else',
      mutations: [{ id: crypto.randomUUID(), type: 'link.clear', args: { ticketId: ticket(60) } }],
    });
    expect(await syncOnce(db, makeClient)).toMatchObject({ ok: true, pushed: { applied: 1 } });
    expect(await serverHas(ticket(60))).toBe(false);
    expect(await db.links.get(ticket(60))).toBeUndefined();
  });

  it('bisects a whole-batch 400 that names nothing down to the one bad mutation', async () => {
    const db = await connectedDb();
    await tagMany(db, 20);
    api.setFault((request) =>
      request.method === 'POST' && request.body.includes('PAY-13"')
        ? answer(400, { error: { code: 'invalid_input', message: 'bad request' } })
        : undefined,
    );
    expect(await push(db, api.client(), 'c1')).toEqual({ sent: 20, applied: 19, rejected: 1 });
    expect(await db.rejections.get(BAD)).toBeDefined();
    expect(await db.links.get(ticket(20))).toMatchObject({ intentId: 'i1' });
    expect((await db.links.get(ticket(20)))?.pending).toBeUndefined();
  });

  it('keeps every tag through a 429, and waits as long as Retry-After asks', async () => {
    const db = await connectedDb();
    await tagMany(db, 3);
    api.setFault('http-429');
    const error = await push(db, api.client(), 'c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 120_000 });
    expect(await db.outbox.count()).toBe(3);
    expect(await db.rejections.count()).toBe(0);
    expect((await db.links.get(ticket(1)))?.pending).toBe('set');
    const outcome = await syncOnce(db, makeClient);
    expect(outcome).toMatchObject({ ok: false, retryAfterMs: 120_000 });
    expect(nextAttemptDelayMs(1, 120_000, () => 0.5)).toBe(120_000);
  });

  it('backs off instead of looping when a 200 settles nothing', async () => {
    const db = await connectedDb();
    await tagMany(db, 2);
    for (const fault of [
      'empty-results' as const,
      () => answer(200, { results: [{ id: crypto.randomUUID(), status: 'applied' }] }),
    ]) {
      api.setFault(fault);
      const before = api.requests.length;
      await expect(push(db, api.client(), 'c1')).rejects.toMatchObject({ kind: 'server-error' });
      expect(api.requests.length - before).toBe(1);
      expect(await db.outbox.count()).toBe(2);
    }
  });

  it('sets a mutation that keeps failing with 5xx aside, while the others and the pull go on', async () => {
    const db = await connectedDb();
    await tagMany(db, 20);
    api.setFault((request) =>
      request.method === 'POST' && request.body.includes('PAY-13"')
        ? new Response('boom', { status: 500 })
        : undefined,
    );
    await api.importYaml(SYNC_CONTEXT.replace('Templates', 'Templates v2'));
    const first = await syncOnce(db, makeClient);
    expect(first).toMatchObject({ ok: false });
    expect(await serverHas(ticket(20))).toBe(true);
    expect((await db.intents.get('i2'))?.title).toBe('Templates v2'); // pulled despite the failure
    expect(await db.outbox.count()).toBe(1);
    for (let round = 2; round <= SET_ASIDE_AFTER; round++) await syncOnce(db, makeClient);
    const [setAside] = await db.outbox.toArray();
    expect(setAside).toMatchObject({ ticketId: BAD, setAside: { reason: expect.any(String) } });
    // Set aside, it no longer holds sync back.
    await setTag(db, { ticketId: ticket(30), bucketId: 'ktlo' }, 'ana');
    expect(await syncOnce(db, makeClient)).toMatchObject({ ok: true });
    expect(await serverHas(ticket(30))).toBe(true);
    // Retried once the server is fixed, it goes through.
    api.setFault(undefined);
    expect(await retrySetAside(db, setAside!.seq!)).toBe(true);
    expect(await syncOnce(db, makeClient)).toMatchObject({ ok: true });
    expect(await db.outbox.count()).toBe(0);
    expect(await serverHas(BAD)).toBe(true);
  });

  it('never sets a mutation aside while the whole server is failing', async () => {
    const db = await connectedDb();
    await tagMany(db, 1);
    api.setFault('http-500');
    for (let round = 0; round < SET_ASIDE_AFTER + 2; round++) await syncOnce(db, makeClient);
    const [entry] = await db.outbox.toArray();
    expect(entry?.setAside).toBeUndefined();
  });

  it('discarding a set-aside tag rolls the ticket back to the server state', async () => {
    const db = await connectedDb();
    await setTag(db, { ticketId: ticket(40), intentId: 'i2' }, 'ana');
    api.setFault((request) =>
      request.method === 'POST' ? new Response('boom', { status: 503 }) : undefined,
    );
    for (let round = 0; round < SET_ASIDE_AFTER; round++) await syncOnce(db, makeClient);
    const [entry] = await db.outbox.toArray();
    expect(entry?.setAside).toBeDefined();
    expect(await discardSetAside(db, entry!.seq!)).toBe(true);
    expect(await db.links.get(ticket(40))).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });
});
