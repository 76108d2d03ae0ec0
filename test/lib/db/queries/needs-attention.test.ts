import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../../lib/db/apply-changes';
import { needsAttention } from '../../../../lib/db/queries/needs-attention';
import { clearTag } from '../../../../lib/sync/tag';
import { put } from '../make-db';
import { dbWith, link } from './collaboration-fixture';

describe('needs attention: goals at risk or off track', () => {
  it('lists goals off track first, then at risk by nearest timeframe, and no others', async () => {
    const db = await dbWith([]);
    const { total, items } = await needsAttention(db);
    expect(total).toBe(3);
    expect(items.map((item) => [item.goal.id, item.goal.status])).toEqual([
      ['payments', 'off_track'],
      ['ci', 'at_risk'],
      ['activation', 'at_risk'],
    ]);
    expect(items[0]!.mission?.title).toBe('Get paid reliably');
    expect(items[0]!.goal.metric).toMatchObject({ current: 96.2, target: 98.5 });
  });

  it("counts each goal's tagged tickets per tracker across all its intents", async () => {
    const db = await dbWith([
      link('jira:acme.atlassian.net/PAY-42', { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }),
      link('jira:acme.atlassian.net/PAY-43', { intentId: 'sepa' }),
      link('linear:acme/ENG-7', { intentId: 'sepa' }),
      link('github:github.com/acme/app#9', { bucketId: 'new' }),
      link('github:github.com/acme/app#10', { intentId: 'upgrade' }),
    ]);
    const { items } = await needsAttention(db);
    expect(items.find((item) => item.goal.id === 'payments')?.tickets).toEqual({
      jira: 3,
      linear: 1,
      github: 0,
      gitlab: 0,
    });
    expect(items.find((item) => item.goal.id === 'activation')?.tickets).toEqual({
      jira: 0,
      linear: 0,
      github: 0,
      gitlab: 0,
    });
  });

  it('does not count a ticket untagged here whose untag has not reached the server', async () => {
    const db = await dbWith([
      link('jira:acme.atlassian.net/PAY-42', { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }),
    ]);
    await clearTag(db, 'jira:acme.atlassian.net/OPS-80');
    const { items } = await needsAttention(db);
    expect(items[0]!.tickets.jira).toBe(1);
  });

  it('reads only the first goals up to the limit, and says how many there are in all', async () => {
    const db = await dbWith([]);
    const { total, items } = await needsAttention(db, { limit: 1 });
    expect(total).toBe(3);
    expect(items.map((item) => item.goal.id)).toEqual(['payments']);
  });

  it('picks up a goal that a sync marks off track', async () => {
    const db = await dbWith([]);
    await applyPage(
      db,
      [put('goal', 'upgrades', 999, { missionId: 'self', title: 'Upgrades', status: 'off_track' })],
      'c2',
    );
    const { items } = await needsAttention(db);
    expect(items.slice(0, 2).map((item) => item.goal.id)).toEqual(['payments', 'upgrades']);
  });
});
