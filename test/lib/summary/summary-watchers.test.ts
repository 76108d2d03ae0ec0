import { describe, expect, it, vi } from 'vitest';
import { applyPage } from '../../../lib/db/apply-changes';
import { ticketSummaryFor } from '../../../lib/db/queries/ticket-summary';
import type { ThroughlineDb } from '../../../lib/db/database';
import type { SummariesChanged } from '../../../lib/summary/summary-messages';
import { SummaryWatchers, type WatchedTicket } from '../../../lib/summary/summary-watchers';
import { demoChanges, makeDb, put, T0 } from '../db/make-db';

// The worker keeps every open page's summaries current, and sends only what changed.

const LINKED = 'github:github.com/acme/app#1';
const OTHER = 'github:github.com/acme/app#2';
const tab = (id: number) => ({ tab: { id }, frameId: 0 });

function memory() {
  let stored: unknown;
  return { load: async () => stored, save: async (value: unknown) => void (stored = value) };
}

async function setUp(send = vi.fn(async () => undefined), persist = memory()) {
  const db = makeDb();
  await applyPage(db, demoChanges(), 'c1');
  const summaries = (tickets: WatchedTicket[]) =>
    Promise.all(tickets.map((t) => ticketSummaryFor(db, t.id, t.title)));
  const watchers = new SummaryWatchers(summaries, send, persist);
  return { db, watchers, send, persist, summaries };
}

const retitleGoal = (db: ThroughlineDb, title: string, version: number) =>
  applyPage(db, [put('goal', 'g1', version, { missionId: 'm1', title, status: 'on_track' })], 'c');

const sent = (send: ReturnType<typeof vi.fn>) =>
  send.mock.calls.map(([tabId, , message]) => ({
    tabId,
    ids: (message as SummariesChanged).payload.summaries.map((s) => s.ticketId),
    goals: (message as SummariesChanged).payload.summaries.map((s) => s.goal),
  }));

describe('summary watchers in the worker', () => {
  it('answer a page at once, then send it only the summaries a change touched', async () => {
    const { db, watchers, send } = await setUp();
    const now = await watchers.watch(tab(7), 'marks', [{ id: LINKED }, { id: OTHER }]);
    expect(now.map((s) => s.goal)).toEqual(['Activation 45%', undefined]);
    expect(send).not.toHaveBeenCalled();

    await retitleGoal(db, 'Activation 50%', 20);
    await vi.waitFor(() =>
      expect(sent(send)).toEqual([{ tabId: 7, ids: [LINKED], goals: ['Activation 50%'] }]),
    );

    // A tag on the other ticket reaches the page too, alone.
    await applyPage(
      db,
      [put('link', OTHER, 21, { ticketId: OTHER, bucketId: 'ktlo', linkedAt: T0 })],
      'c',
    );
    await vi.waitFor(() => expect(sent(send).at(-1)?.ids).toEqual([OTHER]));
    watchers.close();
  });

  it('stop sending to a page that no longer listens', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const { db, watchers } = await setUp(send);
    await watchers.watch(tab(7), 'summary', [{ id: LINKED }]);
    await retitleGoal(db, 'Activation 50%', 20);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await retitleGoal(db, 'Activation 55%', 21);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(send).toHaveBeenCalledTimes(1);
    watchers.close();
  });

  it('survive the worker restarting: every page hears its summaries again', async () => {
    const { db, watchers, persist, summaries } = await setUp();
    await watchers.watch(tab(7), 'summary', [{ id: LINKED }]);
    watchers.close(); // the worker is stopped

    const send = vi.fn(async () => undefined);
    const restarted = new SummaryWatchers(summaries, send, persist);
    await restarted.restore();
    await vi.waitFor(() =>
      expect(sent(send)).toEqual([{ tabId: 7, ids: [LINKED], goals: ['Activation 45%'] }]),
    );
    await retitleGoal(db, 'Activation 50%', 20);
    await vi.waitFor(() => expect(sent(send).at(-1)?.goals).toEqual(['Activation 50%']));
    restarted.close();
  });

  it('forget a closed tab, and a page that stops watching', async () => {
    const { db, watchers, send } = await setUp();
    await watchers.watch(tab(7), 'summary', [{ id: LINKED }]);
    await watchers.watch(tab(8), 'summary', [{ id: LINKED }]);
    await watchers.forgetTab(7);
    await watchers.unwatch(tab(8), 'summary');
    await retitleGoal(db, 'Activation 50%', 20);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(send).not.toHaveBeenCalled();
    watchers.close();
  });

  it('keep one watch per page and kind: a page that moves to another ticket replaces it', async () => {
    const { db, watchers, send } = await setUp();
    await watchers.watch(tab(7), 'summary', [{ id: LINKED }]);
    await watchers.watch(tab(7), 'summary', [{ id: OTHER }]);
    await retitleGoal(db, 'Activation 50%', 20);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(send).not.toHaveBeenCalled(); // OTHER's summary did not change
    watchers.close();
  });
});
