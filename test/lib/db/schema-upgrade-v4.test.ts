import { describe, expect, it } from 'vitest';
import { ThroughlineDb } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';

const T = '2026-11-01T10:00:00.000Z';
const link = (id: string, intentId: string, version: number, extra: object = {}) => ({
  id,
  ticketId: id,
  intentId,
  linkedAt: T,
  version,
  updatedAt: T,
  ...extra,
});
const setMutation = (ticketId: string, id: string) => ({
  id,
  type: 'link.set' as const,
  args: { ticketId, intentId: 'queued' },
});

describe('database upgrade to version 4 (ticket ids without ports)', () => {
  it('moves links, queued tags and refused tags to the port-free id, never keeping two', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    const v3 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 3));
    await v3.table('links').bulkPut([
      link('jira:jira.example.com:8443/PAY-1', 'only-with-port', 3),
      link('jira:jira.example.com/PAY-2', 'port-free-newer', 9),
      link('jira:jira.example.com:8443/PAY-2', 'with-port-older', 4),
      link('github:ghe.example.com/acme/app#3', 'port-free-synced', 9),
      link('github:ghe.example.com:8080/acme/app#3', 'tagged-here', 2, {
        pending: 'set',
        base: link('github:ghe.example.com:8080/acme/app#3', 'before', 2),
      }),
      link('linear:acme/ENG-4', 'untouched', 1),
    ]);
    const queued = setMutation(
      'github:ghe.example.com:8080/acme/app#3',
      'b6f2d7a0-0000-4000-8000-000000000001',
    );
    await v3
      .table('outbox')
      .add({ ticketId: queued.args.ticketId, mutation: queued, createdAt: T, attempts: 1 });
    const refused = setMutation(
      'jira:jira.example.com:8443/PAY-9',
      'b6f2d7a0-0000-4000-8000-000000000002',
    );
    await v3
      .table('rejections')
      .put({ ticketId: refused.args.ticketId, mutation: refused, reason: 'x', at: T });
    v3.close();

    const v4 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 4));
    expect(v4.verno).toBe(4);
    const links = await v4.links.orderBy('id').toArray();
    expect(links.map(({ id, ticketId, intentId }) => ({ id, ticketId, intentId }))).toEqual([
      {
        id: 'github:ghe.example.com/acme/app#3',
        ticketId: 'github:ghe.example.com/acme/app#3',
        intentId: 'tagged-here',
      },
      {
        id: 'jira:jira.example.com/PAY-1',
        ticketId: 'jira:jira.example.com/PAY-1',
        intentId: 'only-with-port',
      },
      {
        id: 'jira:jira.example.com/PAY-2',
        ticketId: 'jira:jira.example.com/PAY-2',
        intentId: 'port-free-newer',
      },
      { id: 'linear:acme/ENG-4', ticketId: 'linear:acme/ENG-4', intentId: 'untouched' },
    ]);
    expect(links[0]?.base).toMatchObject({
      id: 'github:ghe.example.com/acme/app#3',
      intentId: 'before',
    });
    const [entry] = await v4.outbox.toArray();
    expect(entry?.ticketId).toBe('github:ghe.example.com/acme/app#3');
    expect(entry?.mutation.args.ticketId).toBe('github:ghe.example.com/acme/app#3');
    expect(
      await v4.outbox.where('ticketId').equals('github:ghe.example.com/acme/app#3').count(),
    ).toBe(1);
    expect(
      (await v4.rejections.toArray()).map((r) => [r.ticketId, r.mutation.args.ticketId]),
    ).toEqual([['jira:jira.example.com/PAY-9', 'jira:jira.example.com/PAY-9']]);
    v4.close();
  });

  it('leaves a store without ported ids as it was', async () => {
    const name = `upgrade-v4-clean-${Date.now()}`;
    const v3 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 3));
    const rows = [
      link('jira:acme.atlassian.net/PAY-1', 'a', 1),
      link('gitlab:gitlab.com/a/b!2', 'b', 2),
    ];
    await v3.table('links').bulkPut(rows);
    v3.close();
    const v4 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 4));
    const strip = (row: object | undefined) => {
      const { mentionKey: _, ...link } = (row ?? {}) as { mentionKey?: string };
      return link;
    };
    expect((await v4.links.orderBy('id').toArray()).map(strip)).toEqual(
      [rows[1], rows[0]].map(strip),
    );
    v4.close();
  });
});
