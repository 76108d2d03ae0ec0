import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../lib/api/client';
import { disconnect } from '../../../lib/connection/disconnect';
import { resetLocalData } from '../../../lib/connection/local-data';
import { applyPage } from '../../../lib/db/apply-changes';
import { readMeta, writeMeta } from '../../../lib/db/meta';
import { loadSearchEntities } from '../../../lib/db/queries/search-corpus';
import { toSearchDocs } from '../../../lib/search/documents';
import { SNAPSHOT_KEY, writeEntitySnapshot } from '../../../lib/search/entity-snapshot';
import { importContextFile } from '../../../lib/standalone/import';
import { syncOnce, withSyncPaused } from '../../../lib/sync/run';
import { setTag } from '../../../lib/sync/tag';
import { demoChanges, makeDb, T0 } from '../db/make-db';
import { DEMO_YAML } from '../standalone/context-files';

const CONNECTION = {
  apiUrl: 'https://api.example.com',
  token: 'secret',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: T0,
};
const PENDING = 'linear:acme/ENG-9';

async function connectedWithData() {
  const db = makeDb();
  await writeMeta(db, 'connection', CONNECTION);
  await writeMeta(db, 'clientId', 'this-browser');
  await writeMeta(db, 'syncStatus', { running: false, offline: false, lastSuccessAt: T0 });
  await applyPage(db, demoChanges(), 'cursor-1');
  const entities = await loadSearchEntities(db);
  await writeEntitySnapshot(db, entities.entitiesVersion!, toSearchDocs(entities));
  await db.quarantine.add({ raw: {}, reason: 'bad row', receivedAt: T0 });
  await setTag(db, { ticketId: PENDING, bucketId: 'ktlo' }, 'Ana');
  return db;
}

describe('disconnecting', () => {
  it('forgets the token and every local row, saying how many pending tags went', async () => {
    const db = await connectedWithData();
    expect(await disconnect(db)).toEqual({ droppedPending: 1 });
    for (const table of db.tables.filter((t) => t.name !== 'meta'))
      expect(await table.count(), table.name).toBe(0);
    // entitiesVersion is a random label that moved with the emptied tables, not data.
    expect(await db.meta.toCollection().primaryKeys()).toEqual(['clientId', 'entitiesVersion']);
  });

  it('also ends standalone mode', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    await disconnect(db);
    expect(await readMeta(db, 'standalone')).toBeUndefined();
    expect(await db.links.count()).toBe(0);
  });
});

describe('resetting local data', () => {
  it('clears the context and cursor so the next sync bootstraps, keeping the connection', async () => {
    const db = await connectedWithData();
    await resetLocalData(db);
    expect(await db.missions.count()).toBe(0);
    expect(await db.quarantine.count()).toBe(0);
    expect(await readMeta(db, 'cursor')).toBeUndefined();
    expect(await readMeta(db, 'syncStatus')).toBeUndefined();
    expect(await db.meta.get(SNAPSHOT_KEY)).toBeUndefined();
    expect(await readMeta(db, 'connection')).toEqual(CONNECTION);
  });

  it('keeps tags waiting to be sent, with their outbox entries', async () => {
    const db = await connectedWithData();
    expect(await resetLocalData(db)).toEqual({ keptPending: 1 });
    expect(await db.links.toCollection().primaryKeys()).toEqual([PENDING]);
    expect((await db.links.get(PENDING))?.pending).toBe('set');
    expect(await db.outbox.count()).toBe(1);
  });

  it('waits for a running sync to finish, and a sync asked for meanwhile waits for it', async () => {
    const db = await connectedWithData();
    const order: string[] = [];
    const gate = () => {
      let open!: () => void;
      const promise = new Promise<void>((resolve) => (open = resolve));
      return { promise, open };
    };
    const pullGate = gate();
    const resetGate = gate();
    const slowApi: ApiClient = {
      me: () => Promise.reject(new Error('unused')),
      mutations: async (request) => request.mutations.map((m) => ({ id: m.id, status: 'applied' })),
      syncPage: async () => {
        order.push('pull started');
        await pullGate.promise;
        order.push('pull finished');
        return { cursor: 'cursor-2', more: false, changes: [] };
      },
    };
    const firstSync = syncOnce(db, () => slowApi);
    await expect.poll(() => order).toContain('pull started');
    const reset = withSyncPaused(async () => {
      order.push('reset started');
      await resetGate.promise;
      await resetLocalData(db);
      order.push('reset finished');
    });
    pullGate.open();
    await firstSync;
    await expect.poll(() => order).toContain('reset started');
    const secondSync = syncOnce(db, () => slowApi);
    await new Promise((resolve) => setTimeout(resolve, 50));
    resetGate.open();
    await Promise.all([reset, secondSync]);
    expect(order).toEqual([
      'pull started',
      'pull finished',
      'reset started',
      'reset finished',
      'pull started',
      'pull finished',
    ]);
    expect(await readMeta(db, 'cursor')).toBe('cursor-2');
  });
});
