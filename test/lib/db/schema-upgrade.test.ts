import { describe, expect, it } from 'vitest';
import { ThroughlineDb } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';

describe('database upgrades', () => {
  it('opens a version 1 database as version 2 and indexes its queued mutations by ticket', async () => {
    const name = `upgrade-${Date.now()}`;
    const v1 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 1));
    const mutation = {
      id: '7d0d3b4e-5e0e-4a5b-9c1a-0f6c7f1b2a3c',
      type: 'link.set' as const,
      args: { ticketId: 'linear:acme/ENG-7', intentId: 'i1' },
    };
    await v1.table('outbox').add({ mutation, createdAt: '2026-11-01T10:00:00Z', attempts: 0 });
    await v1
      .table('links')
      .put({ id: 'linear:acme/ENG-7', ticketId: 'linear:acme/ENG-7', intentId: 'i1' });
    v1.close();

    const v2 = new ThroughlineDb(name);
    expect(await v2.outbox.where('ticketId').equals('linear:acme/ENG-7').count()).toBe(1);
    expect(await v2.links.count()).toBe(1);
    expect(await v2.rejections.count()).toBe(0);
    expect(v2.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });
});
