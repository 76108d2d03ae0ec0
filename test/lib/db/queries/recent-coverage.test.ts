import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../../lib/db/apply-changes';
import { noFitLinks } from '../../../../lib/db/queries/no-fit-links';
import { recentCoverage } from '../../../../lib/db/queries/recent-coverage';
import { sidebarStateFor } from '../../../../lib/sidebar/state';
import { recordRecentTicket } from '../../../../lib/recent/record';
import { demoChanges, makeDb, put, T0 } from '../make-db';

const PAY42 = 'jira:acme.atlassian.net/PAY-42';
const PR = 'github:github.com/acme/billing#7';
const OPS = 'linear:acme/OPS-3';
const ENG = 'linear:acme/ENG-9';
const LOOSE = 'jira:acme.atlassian.net/WEB-1';
const NOW = new Date('2026-11-30T10:00:00.000Z');
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

async function seeded() {
  const db = makeDb();
  await applyPage(
    db,
    [
      ...demoChanges(),
      put('link', PAY42, 7, { ticketId: PAY42, intentId: 'i1', linkedAt: T0, linkedBy: 'Dana' }),
      put('link', ENG, 8, { ticketId: ENG, noFit: true, note: 'Escalation', linkedAt: T0 }),
      put('rule', 'ops', 9, {
        name: 'Ops team',
        position: 0,
        when: { tracker: 'linear', project: 'OPS' },
        bucketId: 'ktlo',
      }),
    ],
    'c1',
  );
  // Opened in this order: LOOSE is the most recent.
  await recordRecentTicket(db, { id: PAY42, title: 'Retry webhooks' }, minutesAgo(50));
  await recordRecentTicket(db, { id: ENG, title: 'Customer call' }, minutesAgo(40));
  await recordRecentTicket(db, { id: PR, title: 'PAY-42: retry on 502' }, minutesAgo(30));
  await recordRecentTicket(db, { id: OPS, title: 'Renew certificates' }, minutesAgo(20));
  await recordRecentTicket(db, { id: LOOSE, title: 'New landing page' }, minutesAgo(10));
  return db;
}

describe('your recent tickets: how many have a why', () => {
  it('counts tagged, via, by rule and none with the sidebar’s precedence', async () => {
    const db = await seeded();
    const recent = await recentCoverage(db, { now: NOW });
    expect(recent).toMatchObject({
      total: 5,
      counts: { tagged: 2, via: 1, rule: 1, none: 1 },
      noFit: 1,
    });
    expect(recent.without.map((t) => t.id)).toEqual([LOOSE]);
    // The same answer the sidebar gives each ticket.
    expect((await sidebarStateFor(db, PR, 'PAY-42: retry on 502')).inherited?.source).toBe('via');
    expect((await sidebarStateFor(db, OPS, 'Renew certificates')).inherited?.source).toBe('rule');
  });

  it('moves a ticket to tagged once it is tagged, and back when the tag goes', async () => {
    const db = await seeded();
    await applyPage(
      db,
      [put('link', LOOSE, 20, { ticketId: LOOSE, bucketId: 'ktlo', linkedAt: T0 })],
      'c2',
    );
    expect((await recentCoverage(db, { now: NOW })).counts).toEqual({
      tagged: 3,
      via: 1,
      rule: 1,
      none: 0,
    });
    await db.links.update(LOOSE, { pending: 'clear' });
    expect((await recentCoverage(db, { now: NOW })).counts.none).toBe(1);
  });

  it('loses the via when the named ticket’s link goes, and lists it without a why', async () => {
    const db = await seeded();
    await applyPage(db, [{ type: 'link', op: 'delete', id: PAY42, version: 21 }], 'c3');
    const recent = await recentCoverage(db, { now: NOW });
    expect(recent.counts).toEqual({ tagged: 1, via: 0, rule: 1, none: 3 });
    expect(recent.without.map((t) => t.key)).toEqual(['WEB-1', 'acme/billing#7', 'PAY-42']);
    expect((await recentCoverage(db, { now: NOW, limit: 1 })).without).toHaveLength(1);
  });

  it('finds the ticket a title names as #n in its own repository, and a key naming two as none', async () => {
    const db = await seeded();
    const issue = 'github:github.com/acme/billing#12';
    const twin = 'jira:other.atlassian.net/PAY-42';
    await applyPage(
      db,
      [
        put('link', issue, 30, { ticketId: issue, intentId: 'i1', linkedAt: T0 }),
        put('link', twin, 31, { ticketId: twin, bucketId: 'ktlo', linkedAt: T0 }),
      ],
      'c4',
    );
    const pr = 'github:github.com/acme/billing#13';
    await recordRecentTicket(db, { id: pr, title: 'Fixes #12' }, minutesAgo(5));
    const recent = await recentCoverage(db, { now: NOW });
    // The PR via #12; the other PR names PAY-42, which now names two linked tickets: no via.
    expect(recent.counts).toEqual({ tagged: 2, via: 1, rule: 1, none: 2 });
    expect(recent.without.map((t) => t.id)).toEqual([LOOSE, PR]);
    expect((await sidebarStateFor(db, pr, 'Fixes #12')).inherited?.source).toBe('via');
  });

  it('leaves out tickets opened more than 90 days ago even before the next write prunes them', async () => {
    const db = makeDb();
    await db.recentTickets.put({ id: LOOSE, key: 'WEB-1', when: '2026-08-01T00:00:00.000Z' });
    expect((await recentCoverage(db, { now: NOW })).total).toBe(0);
  });
});

describe('recent no-fit tickets', () => {
  it('lists live no-fit links with their notes, newest first', async () => {
    const db = makeDb();
    const noFit = (id: string, at: string, version: number, note?: string) =>
      put('link', id, version, { ticketId: id, noFit: true, linkedAt: at, ...(note && { note }) });
    await applyPage(
      db,
      [
        ...demoChanges(),
        noFit('linear:acme/ENG-1', '2026-11-01T10:00:00.000Z', 7, 'Old one'),
        noFit('linear:acme/ENG-2', '2026-11-03T10:00:00.000Z', 8, 'Newest'),
        noFit('linear:acme/ENG-3', '2026-11-02T10:00:00.000Z', 9),
      ],
      'c1',
    );
    await db.links.update('linear:acme/ENG-3', { pending: 'clear' });
    const list = await noFitLinks(db, { limit: 1 });
    expect(list.total).toBe(2);
    expect(list.items.map((l) => [l.id, l.note])).toEqual([['linear:acme/ENG-2', 'Newest']]);
  });
});
