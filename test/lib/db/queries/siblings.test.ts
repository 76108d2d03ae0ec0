import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../../lib/db/apply-changes';
import { siblingsOf } from '../../../../lib/db/queries/siblings';
import type { TicketsByTracker } from '../../../../lib/db/queries/tickets-by-tracker';
import { clearTag, setTag } from '../../../../lib/sync/tag';
import { T0 } from '../make-db';
import { dbWith, link } from './collaboration-fixture';

const PAY_42 = 'jira:acme.atlassian.net/PAY-42';
const keysOf = (result: TicketsByTracker) =>
  result.groups.map((group) => [group.system, group.tickets.map((ticket) => ticket.key)]);

describe('siblings: the other tickets on the same intent', () => {
  it('lists the other tickets of the intent from every tracker, grouped by tracker', async () => {
    const db = await dbWith([
      link(PAY_42, { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }, { title: 'Alert on queue' }),
      link('linear:acme/ENG-7', { intentId: 'retry' }, { linkedBy: 'Ana' }),
      link('github:github.com/acme/app#42', { intentId: 'retry' }),
      link('jira:acme.atlassian.net/PAY-43', { intentId: 'sepa' }),
    ]);
    const siblings = await siblingsOf(db, PAY_42, 'retry');
    expect(keysOf(siblings)).toEqual([
      ['jira', ['OPS-80']],
      ['linear', ['ENG-7']],
      ['github', ['acme/app#42']],
    ]);
    expect(siblings.total).toBe(3);
    expect(siblings.groups[0]!.tickets[0]).toMatchObject({
      title: 'Alert on queue',
      url: 'https://acme.atlassian.net/browse/OPS-80',
      pending: false,
    });
    expect(siblings.groups[1]!.tickets[0]).toMatchObject({ linkedBy: 'Ana', linkedAt: T0 });
  });

  it('leaves out tickets tagged only to a bucket, even the intent’s own bucket', async () => {
    const db = await dbWith([
      link(PAY_42, { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-91', { bucketId: 'new' }),
      link('linear:acme/ENG-8', { intentId: 'retry', bucketId: 'new' }),
    ]);
    expect(keysOf(await siblingsOf(db, PAY_42, 'retry'))).toEqual([['linear', ['ENG-8']]]);
  });

  it('keeps a ticket without a title, so the sidebar can show its key', async () => {
    const db = await dbWith([
      link(PAY_42, { intentId: 'retry' }),
      link('linear:acme/ENG-7', { intentId: 'retry' }),
    ]);
    const [ticket] = (await siblingsOf(db, PAY_42, 'retry')).groups[0]!.tickets;
    expect(ticket).toMatchObject({ key: 'ENG-7', url: 'https://linear.app/acme/issue/ENG-7' });
    expect(ticket!.title).toBeUndefined();
  });

  it('shows a ticket tagged here as pending, and drops one untagged here', async () => {
    const db = await dbWith([
      link(PAY_42, { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }),
    ]);
    await setTag(db, { ticketId: 'linear:acme/ENG-7', intentId: 'retry' }, 'Ana');
    await clearTag(db, 'jira:acme.atlassian.net/OPS-80');
    const siblings = await siblingsOf(db, PAY_42, 'retry');
    expect(keysOf(siblings)).toEqual([['linear', ['ENG-7']]]);
    expect(siblings.groups[0]!.tickets[0]).toMatchObject({ pending: true, linkedBy: 'Ana' });
    expect(siblings.total).toBe(1);
  });

  it('orders keys as people number them', async () => {
    const db = await dbWith(
      ['PAY-100', 'PAY-9', 'PAY-42', 'OPS-1'].map((key) =>
        link(`jira:acme.atlassian.net/${key}`, { intentId: 'retry' }),
      ),
    );
    expect(keysOf(await siblingsOf(db, 'linear:acme/ENG-1', 'retry'))).toEqual([
      ['jira', ['OPS-1', 'PAY-9', 'PAY-42', 'PAY-100']],
    ]);
  });

  it('counts an intent with 5,000 tickets but carries only the first rows per tracker', async () => {
    const db = await dbWith([]);
    const rows = Array.from({ length: 5000 }, (_, n) => {
      const id = n % 5 === 0 ? `linear:acme/ENG-${n + 1}` : `jira:acme.atlassian.net/PAY-${n + 1}`;
      return { id, ticketId: id, intentId: 'retry', linkedAt: T0, version: 1, updatedAt: T0 };
    });
    await db.links.bulkPut(rows);
    const siblings = await siblingsOf(db, 'jira:acme.atlassian.net/PAY-2', 'retry', 25);
    expect(siblings.total).toBe(4999);
    expect(
      siblings.groups.map((group) => [group.system, group.count, group.tickets.length]),
    ).toEqual([
      ['jira', 3999, 25],
      ['linear', 1000, 25],
    ]);
    expect(siblings.groups[0]!.tickets.map((ticket) => ticket.key)).not.toContain('PAY-2');
  });

  it('updates a live query when a sync adds a ticket to the intent', async () => {
    const db = await dbWith([link(PAY_42, { intentId: 'retry' })]);
    const seen: number[] = [];
    const subscription = liveQuery(() => siblingsOf(db, PAY_42, 'retry')).subscribe({
      next: (siblings) => seen.push(siblings.total),
    });
    await expect.poll(() => seen).toEqual([0]);
    await applyPage(db, [link('github:github.com/acme/app#7', { intentId: 'retry' })], 'c2');
    await expect.poll(() => seen).toEqual([0, 1]);
    subscription.unsubscribe();
  });
});
