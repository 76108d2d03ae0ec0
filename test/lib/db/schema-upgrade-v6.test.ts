import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ThroughlineDb } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';
import { recordRecentTicket } from '../../../lib/recent/record';

const T = '2026-11-01T10:00:00.000Z';

describe('database upgrade to version 6 (recent tickets)', () => {
  it('keeps every stored row and adds an empty recent-tickets table that records at once', async () => {
    const name = `upgrade-v6-${Date.now()}`;
    // A version 5 store as the previous release wrote it.
    const v5 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 5))
      v5.version(version).stores(stores);
    const id = 'jira:acme.atlassian.net/PAY-42';
    await v5.table('links').put({
      id,
      ticketId: id,
      intentId: 'i1',
      linkedAt: T,
      version: 1,
      updatedAt: T,
      mentionKey: 'pay-42',
    });
    await v5.table('rules').put({ id: 'r1', name: 'R', position: 0, when: { project: 'PAY' } });
    await v5.table('meta').put({ key: 'cursor', value: 'c9' });
    v5.close();

    const v6 = new ThroughlineDb(name);
    expect(v6.verno).toBe(6);
    expect(await v6.links.get(id)).toMatchObject({ intentId: 'i1', mentionKey: 'pay-42' });
    expect(await v6.rules.count()).toBe(1);
    expect(await v6.meta.get('cursor')).toEqual({ key: 'cursor', value: 'c9' });
    expect(await v6.recentTickets.count()).toBe(0);
    await recordRecentTicket(v6, { id, title: 'Retry webhooks' }, new Date(T));
    expect(await v6.recentTickets.where('when').equals(T).primaryKeys()).toEqual([id]);
    v6.close();
  });
});
