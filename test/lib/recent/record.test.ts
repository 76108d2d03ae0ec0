import { describe, expect, it } from 'vitest';
import { clearRecentTickets, recordRecentTicket } from '../../../lib/recent/record';
import {
  forgetBefore,
  needsRewrite,
  overCap,
  RECENT_MAX,
  REWRITE_AFTER_MS,
} from '../../../lib/recent/retention';
import { makeDb } from '../db/make-db';

const PAY = 'jira:acme.atlassian.net/PAY-42';
const at = (iso: string) => new Date(iso);
const DAY = 24 * 60 * 60 * 1000;

describe('recent tickets: retention rules', () => {
  it('forgets what was opened more than 90 days ago, and the oldest past 2,000', () => {
    expect(forgetBefore(at('2026-11-30T00:00:00.000Z'))).toBe('2026-09-01T00:00:00.000Z');
    expect(overCap(RECENT_MAX)).toBe(0);
    expect(overCap(RECENT_MAX + 3)).toBe(3);
    expect(overCap(10)).toBe(0);
  });

  it('rewrites a row only for a new ticket, a new title, or a visit a minute later', () => {
    const stored = { title: 'A', when: '2026-11-30T10:00:00.000Z' };
    const soon = at('2026-11-30T10:00:30.000Z');
    expect(needsRewrite(undefined, {}, soon)).toBe(true);
    expect(needsRewrite(stored, { title: 'A' }, soon)).toBe(false);
    expect(needsRewrite(stored, {}, soon)).toBe(false);
    expect(needsRewrite(stored, { title: 'B' }, soon)).toBe(true);
    const later = new Date(Date.parse(stored.when) + REWRITE_AFTER_MS);
    expect(needsRewrite(stored, { title: 'A' }, later)).toBe(true);
    // A clock set back is no reason to keep a stale place in the list.
    expect(needsRewrite(stored, {}, at('2026-11-29T10:00:00.000Z'))).toBe(true);
  });
});

describe('recent tickets: recording', () => {
  it('keeps one row per ticket with its key, the page title and when it was last opened', async () => {
    const db = makeDb();
    expect(
      await recordRecentTicket(
        db,
        { id: PAY, title: 'Retry webhooks' },
        at('2026-11-30T10:00:00Z'),
      ),
    ).toBe(true);
    await recordRecentTicket(db, { id: PAY }, at('2026-11-30T11:00:00Z'));
    expect(await db.recentTickets.toArray()).toEqual([
      { id: PAY, key: 'PAY-42', title: 'Retry webhooks', when: '2026-11-30T11:00:00.000Z' },
    ]);
    await recordRecentTicket(
      db,
      { id: PAY, title: 'Retry webhooks twice' },
      at('2026-11-30T11:00:10Z'),
    );
    expect((await db.recentTickets.get(PAY))?.title).toBe('Retry webhooks twice');
  });

  it('writes nothing when the same view is reported twice (sidebar and summary)', async () => {
    const db = makeDb();
    await recordRecentTicket(db, { id: PAY, title: 'T' }, at('2026-11-30T10:00:00Z'));
    await recordRecentTicket(db, { id: PAY, title: 'T' }, at('2026-11-30T10:00:05Z'));
    expect((await db.recentTickets.get(PAY))?.when).toBe('2026-11-30T10:00:00.000Z');
  });

  it('refuses what is not a ticket id and cleans page text', async () => {
    const db = makeDb();
    expect(await recordRecentTicket(db, { id: 'not a ticket' })).toBe(false);
    await recordRecentTicket(db, {
      id: 'github:github.com/acme/app#7',
      title: ` Fix\u0000 it ${'x'.repeat(600)}`,
    });
    const row = await db.recentTickets.get('github:github.com/acme/app#7');
    expect(row?.key).toBe('acme/app#7');
    expect(row?.title?.startsWith('Fix it')).toBe(true);
    expect(row?.title?.length).toBeLessThanOrEqual(500);
    expect(await db.recentTickets.count()).toBe(1);
  });

  it('forgets tickets not opened for 90 days when it writes', async () => {
    const db = makeDb();
    const now = at('2026-11-30T10:00:00Z');
    await db.recentTickets.bulkPut([
      {
        id: 'linear:acme/ENG-1',
        key: 'ENG-1',
        when: new Date(now.getTime() - 91 * DAY).toISOString(),
      },
      {
        id: 'linear:acme/ENG-2',
        key: 'ENG-2',
        when: new Date(now.getTime() - 89 * DAY).toISOString(),
      },
    ]);
    await recordRecentTicket(db, { id: PAY }, now);
    expect(await db.recentTickets.orderBy('when').primaryKeys()).toEqual([
      'linear:acme/ENG-2',
      PAY,
    ]);
  });

  it('keeps at most 2,000 tickets, dropping the least recently opened', async () => {
    const db = makeDb();
    const now = at('2026-11-30T10:00:00Z');
    const rows = Array.from({ length: RECENT_MAX }, (_, i) => ({
      id: `linear:acme/ENG-${i + 1}`,
      key: `ENG-${i + 1}`,
      when: new Date(now.getTime() - (RECENT_MAX - i) * 60_000).toISOString(),
    }));
    await db.recentTickets.bulkPut(rows);
    await recordRecentTicket(db, { id: PAY }, now);
    expect(await db.recentTickets.count()).toBe(RECENT_MAX);
    expect(await db.recentTickets.get('linear:acme/ENG-1')).toBeUndefined();
    expect(await db.recentTickets.get('linear:acme/ENG-2')).toBeDefined();
    expect(await db.recentTickets.get(PAY)).toBeDefined();
  });

  it('clears the whole history and says how many tickets it forgot', async () => {
    const db = makeDb();
    await recordRecentTicket(db, { id: PAY });
    await recordRecentTicket(db, { id: 'linear:acme/ENG-7' });
    expect(await clearRecentTickets(db)).toBe(2);
    expect(await db.recentTickets.count()).toBe(0);
  });
});
