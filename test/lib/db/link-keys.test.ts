import { describe, expect, it } from 'vitest';
import type { ThroughlineDb } from '../../../lib/db/database';
import { linkKeysOf, linkKeysReady } from '../../../lib/db/link-keys';
import { trustLocalWrites } from '../../../lib/db/sole-writer';
import { makeDb, T0 } from './make-db';

// Writes that race each other or fail must never leave the keys without a stored link.

const PAY42 = 'jira:acme.atlassian.net/PAY-42';
const link = (id: string) => ({
  id,
  ticketId: id,
  intentId: 'i1',
  linkedAt: T0,
  version: 1,
  updatedAt: T0,
});

async function workerDb(): Promise<ThroughlineDb> {
  const db = makeDb();
  trustLocalWrites(db);
  await linkKeysReady(db);
  return db;
}

describe('the linked tickets’ keys under racing writes', () => {
  it('keeps a link deleted and put again by a write queued before the delete committed', async () => {
    const db = await workerDb();
    await db.links.put(link(PAY42));
    await Promise.all([db.links.delete(PAY42), db.links.put(link(PAY42))]);
    expect(await db.links.get(PAY42)).toBeDefined();
    expect(linkKeysOf(db)?.has(PAY42)).toBe(true);
  });

  it('forgets a link whose write was rolled back', async () => {
    const db = await workerDb();
    await expect(
      db.transaction('rw', db.links, async () => {
        await db.links.put(link(PAY42));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await db.links.get(PAY42)).toBeUndefined();
    expect((await linkKeysReady(db)).has(PAY42)).toBe(false);
  });

  it('keeps a link that a delete rolled back did not remove', async () => {
    const db = await workerDb();
    await db.links.put(link(PAY42));
    await expect(
      db.transaction('rw', db.links, async () => {
        await db.links.delete(PAY42);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(linkKeysOf(db)?.has(PAY42)).toBe(true);
  });

  it('keeps what was written while the stored keys were being read', async () => {
    const db = makeDb();
    trustLocalWrites(db);
    await db.links.bulkPut(Array.from({ length: 500 }, (_, n) => link(`linear:acme/ENG-${n + 1}`)));
    expect(linkKeysOf(db)).toBeUndefined(); // starts reading the stored ids, before these writes
    await Promise.all([db.links.put(link(PAY42)), db.links.delete('linear:acme/ENG-1')]);
    const keys = await linkKeysReady(db);
    expect(keys.has(PAY42)).toBe(true);
    expect(keys.has('linear:acme/ENG-1')).toBe(false);
    expect(keys.size).toBe(500);
  });

  it('reads the keys again after a table is cleared, answering with the old ones meanwhile', async () => {
    const db = await workerDb();
    await db.links.bulkPut([link(PAY42), link('linear:acme/ENG-7')]);
    const before = linkKeysOf(db);
    await db.transaction('rw', db.links, async () => {
      await db.links.clear();
      await db.links.put(link('linear:acme/ENG-7'));
    });
    expect(linkKeysOf(db)).toBe(before); // still holds every stored id
    const after = await linkKeysReady(db);
    expect(after).not.toBe(before);
    expect(after.size).toBe(1);
    expect(after.has('linear:acme/ENG-7')).toBe(true);
  });
});
