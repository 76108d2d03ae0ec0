import { describe, expect, it } from 'vitest';
import { ThroughlineDb } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';

const T = '2026-11-01T10:00:00.000Z';

describe('database upgrade to version 3', () => {
  it('indexes existing links by intent and tracker, and existing goals by status', async () => {
    const name = `upgrade-v3-${Date.now()}`;
    const v2 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 2));
    await v2.table('goals').bulkPut([
      { id: 'g1', missionId: 'm', title: 'A', status: 'off_track', version: 1, updatedAt: T },
      { id: 'g2', missionId: 'm', title: 'B', status: 'on_track', version: 2, updatedAt: T },
    ]);
    await v2
      .table('links')
      .bulkPut(
        ['jira:acme.atlassian.net/PAY-1', 'linear:acme/ENG-1', 'jira:acme.atlassian.net/PAY-2'].map(
          (id, n) => ({ id, ticketId: id, intentId: 'i1', linkedAt: T, version: n, updatedAt: T }),
        ),
      );
    v2.close();

    const v3 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 3));
    expect(v3.verno).toBe(3);
    expect(
      await v3.links
        .where('[intentId+id]')
        .between(['i1', 'jira:'], ['i1', 'jira:\uffff'])
        .primaryKeys(),
    ).toEqual(['jira:acme.atlassian.net/PAY-1', 'jira:acme.atlassian.net/PAY-2']);
    expect(await v3.goals.where('status').equals('off_track').primaryKeys()).toEqual(['g1']);
    v3.close();
  });
});
