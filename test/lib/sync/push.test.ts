import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contextFor } from '../../../lib/db/context';
import { pull } from '../../../lib/sync/pull';
import { push } from '../../../lib/sync/push';
import { clearTag, setTag } from '../../../lib/sync/tag';
import { makeDb } from '../db/make-db';
import { SYNC_CONTEXT } from './context-fixture';
import { startInProcessApi } from './in-process-api';

const PAY = 'jira:acme.atlassian.net/PAY-42';
const ENG = 'linear:acme/ENG-7';

describe('tagging and the outbox against the real context API', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
  });
  beforeEach(async () => {
    api.setFault(undefined);
    // Links made by earlier tests' mutations survive imports; clear them through the API.
    const leftovers = (await api.serverLinks()).filter((link) => link.linkedBy !== 'import');
    if (leftovers.length > 0)
      await api.client().mutations({
        clientId: 'cleanup',
        mutations: leftovers.map((link) => ({
          id: crypto.randomUUID(),
          type: 'link.clear' as const,
          args: { ticketId: String(link.ticketId) },
        })),
      });
    await api.importYaml(SYNC_CONTEXT);
  });
  afterAll(() => api.close());

  async function syncedDb() {
    const db = makeDb();
    await pull(db, api.client());
    return db;
  }

  it('shows a tag at once, marked pending, and queues exactly one mutation', async () => {
    const db = await syncedDb();
    await setTag(db, { ticketId: PAY, intentId: 'i2', title: 'Retry cards' }, 'ana');
    expect((await contextFor(db, PAY))?.intent?.title).toBe('Templates');
    expect((await db.links.get(PAY))?.pending).toBe('set');
    expect(await db.outbox.count()).toBe(1);
  });

  it('delivers a tag made offline once the API is back, and clears the pending mark', async () => {
    const db = await syncedDb();
    api.setFault('down');
    await setTag(db, { ticketId: PAY, intentId: 'i2' }, 'ana');
    await expect(push(db, api.client(), 'c1')).rejects.toMatchObject({ kind: 'unreachable' });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.outbox.toArray())[0]?.attempts).toBe(1);
    api.setFault(undefined);
    expect(await push(db, api.client(), 'c1')).toEqual({ sent: 1, applied: 1, rejected: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.links.get(PAY))?.pending).toBeUndefined();
    expect((await api.serverLinks()).filter((l) => l.ticketId === PAY)).toMatchObject([
      { intentId: 'i2', linkedBy: 'admin' },
    ]);
  });

  it('applies a mutation once when its answer was lost and the worker sends it again after a restart', async () => {
    const db = await syncedDb();
    await setTag(db, { ticketId: PAY, intentId: 'i1' }, 'ana');
    api.setFault('lose-answer');
    await expect(push(db, api.client(), 'c1')).rejects.toMatchObject({ kind: 'unreachable' });
    api.setFault(undefined);
    // A new worker: new client objects over the same IndexedDB.
    const afterRestart = await push(db, api.client(), 'c1');
    expect(afterRestart).toEqual({ sent: 1, applied: 1, rejected: 0 });
    const versions = (await api.serverLinks()).filter((l) => l.ticketId === PAY);
    expect(versions).toHaveLength(1);
  });

  it('rolls a refused tag back to the server state, keeps the reason, and still applies the rest', async () => {
    const db = await syncedDb();
    await setTag(db, { ticketId: ENG, intentId: 'no-such-intent' }, 'ana');
    await setTag(db, { ticketId: PAY, bucketId: 'ktlo' }, 'ana');
    expect(await push(db, api.client(), 'c1')).toEqual({ sent: 2, applied: 1, rejected: 1 });
    expect((await db.links.get(ENG))?.intentId).toBe('i1');
    expect((await db.links.get(ENG))?.pending).toBeUndefined();
    expect((await db.rejections.get(ENG))?.reason).toMatch(/no-such-intent/);
    expect((await db.links.get(PAY))?.bucketId).toBe('ktlo');
  });

  it('removes a refused first tag entirely, since the server never had one', async () => {
    const db = await syncedDb();
    await setTag(db, { ticketId: PAY, bucketId: 'nope' }, 'ana');
    await push(db, api.client(), 'c1');
    expect(await db.links.get(PAY)).toBeUndefined();
    expect(await db.rejections.get(PAY)).toBeDefined();
  });

  it('keeps a pending tag through a pull that arrives before the push', async () => {
    const db = await syncedDb();
    await setTag(db, { ticketId: ENG, intentId: 'i2' }, 'ana');
    await api.importYaml(SYNC_CONTEXT.replace('Guided setup', 'Guided setup v2'));
    await pull(db, api.client());
    expect((await db.links.get(ENG))?.intentId).toBe('i2');
    expect((await db.links.get(ENG))?.pending).toBe('set');
    await push(db, api.client(), 'c1');
    await pull(db, api.client());
    expect((await db.links.get(ENG))?.intentId).toBe('i2');
  });

  it('converges two clients tagging the same ticket to the server order', async () => {
    const a = await syncedDb();
    const b = await syncedDb();
    await setTag(a, { ticketId: PAY, intentId: 'i1' }, 'ana');
    await setTag(b, { ticketId: PAY, intentId: 'i2' }, 'bo');
    await push(a, api.client(), 'a');
    await push(b, api.client(), 'b');
    await pull(a, api.client());
    await pull(b, api.client());
    expect((await a.links.get(PAY))?.intentId).toBe('i2');
    expect((await b.links.get(PAY))?.intentId).toBe('i2');
  });

  it('untags a ticket and removes it locally once the server confirms', async () => {
    const db = await syncedDb();
    await clearTag(db, ENG);
    expect(await contextFor(db, ENG)).toBeNull();
    await push(db, api.client(), 'c1');
    await pull(db, api.client());
    expect(await db.links.get(ENG)).toBeUndefined();
    expect((await api.serverLinks()).some((l) => l.ticketId === ENG)).toBe(false);
  });

  it.each(['http-500', 'html', 'hang'] as const)(
    'keeps the outbox intact when the API answers %s',
    async (fault) => {
      const db = await syncedDb();
      await setTag(db, { ticketId: PAY, intentId: 'i1' }, 'ana');
      api.setFault(fault);
      await expect(push(db, api.client({ timeoutMs: 50 }), 'c1')).rejects.toBeDefined();
      expect(await db.outbox.count()).toBe(1);
      expect((await db.links.get(PAY))?.pending).toBe('set');
    },
  );
});
