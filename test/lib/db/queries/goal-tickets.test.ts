import { describe, expect, it } from 'vitest';
import { goalTickets } from '../../../../lib/db/queries/goal-tickets';
import { dbWith, link } from './collaboration-fixture';

describe("a goal's tickets", () => {
  it('lists the tickets of every intent of the goal, grouped by tracker', async () => {
    const db = await dbWith([
      link(
        'jira:acme.atlassian.net/PAY-42',
        { intentId: 'retry' },
        { title: 'Retry soft declines' },
      ),
      link('jira:acme.atlassian.net/PAY-43', { intentId: 'sepa' }),
      link('linear:acme/ENG-7', { intentId: 'sepa' }),
      link('linear:acme/ENG-8', { intentId: 'guided' }),
    ]);
    const tickets = await goalTickets(db, 'payments');
    expect(tickets.total).toBe(3);
    expect(
      tickets.groups.map((group) => [group.system, group.tickets.map((ticket) => ticket.key)]),
    ).toEqual([
      ['jira', ['PAY-42', 'PAY-43']],
      ['linear', ['ENG-7']],
    ]);
  });

  it('caps each tracker at the first rows across intents, keeping the full count', async () => {
    const db = await dbWith(
      Array.from({ length: 6 }, (_, n) =>
        link(`jira:acme.atlassian.net/PAY-${n + 1}`, { intentId: n % 2 ? 'retry' : 'sepa' }),
      ),
    );
    const [jira] = (await goalTickets(db, 'payments', 4)).groups;
    expect(jira!.count).toBe(6);
    expect(jira!.tickets.map((ticket) => ticket.key)).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4']);
  });

  it('is empty for a goal with no tagged ticket or no intent', async () => {
    const db = await dbWith([]);
    expect(await goalTickets(db, 'ci')).toEqual({ total: 0, groups: [] });
    expect(await goalTickets(db, 'no-such-goal')).toEqual({ total: 0, groups: [] });
  });
});
