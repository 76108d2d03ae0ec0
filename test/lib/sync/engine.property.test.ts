import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../lib/api/client';
import { ThroughlineDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import type { Mutation } from '../../../lib/schema/mutations';
import { syncOnce } from '../../../lib/sync/run';
import { retrySetAside } from '../../../lib/sync/set-aside';
import { clearTag, setTag } from '../../../lib/sync/tag';
import { createApp } from '../../../server/app';
import { importContextText } from '../../../server/import/apply';
import { openServerStore } from '../../../server/open-store';
import type { Store } from '../../../server/store/store';
import { SYNC_CONTEXT } from './context-fixture';

/**
 * The whole sync engine, property-tested: two browsers (each its own IndexedDB and clientId) tag,
 * retag and clear a few tickets while the network and the server misbehave, then everything syncs
 * once cleanly. Runs against the real server in this process (one PGlite for the file).
 *
 * The semantics checked ("last intent"): the server applies mutations in the order they reach it.
 * Within one browser, that order is the order the person made them: a browser's earlier intent for
 * a ticket never lands after its later one, even when answers are lost and batches resent. Across
 * browsers, whichever browser's last intent reaches the server last wins; so the server ends with,
 * for each ticket, the last intent of one of the browsers that touched it (of the only one, when
 * one did), and every browser then shows exactly what the server holds.
 *
 * The browsers take turns, one step at a time (a step may be a sync with the person tagging while it
 * runs); two workers' requests interleave at the server only between steps, and since the server
 * applies one request at a time, that is the order it would see them in.
 *
 * PROPERTY_RUNS and PROPERTY_SEED change the run (npm run soak runs many more).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261130);
const ADMIN = 'property-admin-token-of-32-characters';
const TICKETS = 3;
const TARGETS = [
  { intentId: 'i1' },
  { intentId: 'i2' },
  { bucketId: 'ktlo' },
  { intentId: 'i2', bucketId: 'new' },
] as const;
type Fault = 'none' | 'offline' | 'http-500' | 'http-429' | 'lose-answer';

type Op =
  | { kind: 'tag'; browser: number; ticket: number; target: number }
  | { kind: 'tag-during-sync'; browser: number; ticket: number; target: number; fault: Fault }
  | { kind: 'clear'; browser: number; ticket: number }
  | { kind: 'sync'; browser: number; fault: Fault; atRequest: number }
  | { kind: 'restart-worker'; browser: number }
  | { kind: 'restart-server' };

const browser = fc.integer({ min: 0, max: 1 });
const ticket = fc.integer({ min: 0, max: TICKETS - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('tag' as const),
      browser,
      ticket,
      target: fc.nat(TARGETS.length - 1),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clear' as const), browser, ticket }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tag-during-sync' as const),
      browser,
      ticket,
      target: fc.nat(TARGETS.length - 1),
      fault: fc.constantFrom<Fault>('none', 'lose-answer', 'http-500'),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      browser,
      fault: fc.constantFrom<Fault>('none', 'offline', 'http-500', 'http-429', 'lose-answer'),
      atRequest: fc.constantFrom(0, 0, 1, 2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart-worker' as const), browser }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart-server' as const) }) },
);

describe('the sync engine under a storm of failures', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openServerStore({ dataDir: 'memory', bootstrapToken: ADMIN });
    const imported = await importContextText(store, SYNC_CONTEXT);
    if (!imported.ok) throw new Error('fixture did not import');
  }, 60_000);
  afterAll(() => store.close());

  let run = 0;
  async function storm(ops: Op[]): Promise<void> {
    run += 1;
    // Tickets of this run only: the server is shared by every run of the file.
    const ticketId = (n: number) => `jira:acme.atlassian.net/R${run}-${n + 1}`;
    let app = createApp({ store, logError: () => undefined });
    // A sync's fault starts at its `atRequest`-th request and lasts to the end of that sync.
    let fault: { kind: Fault; countdown: number } = { kind: 'none', countdown: 0 };
    /** Mutation ids in the order the server applied them. */
    const applied: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      const active = fault.kind !== 'none' && fault.countdown-- <= 0 ? fault.kind : 'none';
      if (active === 'offline') throw new TypeError('Failed to fetch');
      if (active === 'http-500') return new Response('boom', { status: 500 });
      if (active === 'http-429')
        return new Response('{"error":{"code":"rate_limited","message":"slow"}}', {
          status: 429,
          headers: { 'retry-after': '30', 'content-type': 'application/json' },
        });
      const response = await app.request(url, init);
      if (init?.method === 'POST' && response.ok) {
        const { results } = (await response.clone().json()) as {
          results: { id: string; status: string }[];
        };
        for (const result of results) if (result.status === 'applied') applied.push(result.id);
      }
      if (active === 'lose-answer') throw new TypeError('Failed to fetch');
      return response;
    }) as typeof globalThis.fetch;
    const makeClient = (options: { apiUrl: string; token: string }) =>
      createApiClient({ ...options, fetch });

    const names = [0, 1].map((b) => `property-${process.pid}-${run}-${b}`);
    const dbs = names.map((name) => new ThroughlineDb(name));
    /** What each browser asked for, in the order it asked. */
    const made: Mutation[][] = [[], []];
    for (const [b, db] of dbs.entries()) {
      await writeMeta(db, 'connection', {
        apiUrl: 'http://api.test',
        token: ADMIN,
        workspaceId: 'w',
        workspaceName: 'Acme',
        userName: `user${b}`,
        connectedAt: '2026-11-30T00:00:00.000Z',
      });
    }

    for (const step of ops) {
      switch (step.kind) {
        case 'tag':
          made[step.browser]!.push(
            await setTag(
              dbs[step.browser]!,
              { ticketId: ticketId(step.ticket), ...TARGETS[step.target] },
              'u',
            ),
          );
          break;
        case 'clear': {
          const mutation = await clearTag(dbs[step.browser]!, ticketId(step.ticket));
          if (mutation) made[step.browser]!.push(mutation);
          break;
        }
        case 'tag-during-sync': {
          // The person tags while the worker's sync is in flight (its push may hold the
          // ticket's previous mutation): both run at once on the same database.
          fault = { kind: step.fault, countdown: 0 };
          const db = dbs[step.browser]!;
          const [, mutation] = await Promise.all([
            syncOnce(db, makeClient),
            setTag(db, { ticketId: ticketId(step.ticket), ...TARGETS[step.target] }, 'u'),
          ]);
          made[step.browser]!.push(mutation);
          fault = { kind: 'none', countdown: 0 };
          break;
        }
        case 'sync':
          fault = { kind: step.fault, countdown: step.atRequest };
          await syncOnce(dbs[step.browser]!, makeClient);
          fault = { kind: 'none', countdown: 0 };
          break;
        case 'restart-worker':
          // A new worker: the old connection is gone, a new one opens the same IndexedDB.
          dbs[step.browser]!.close();
          dbs[step.browser] = new ThroughlineDb(names[step.browser]!);
          break;
        case 'restart-server':
          app = createApp({ store, logError: () => undefined });
          break;
      }
    }

    // One clean sync each (retrying anything set aside), then once more so both see the other.
    for (const db of [...dbs, ...dbs]) {
      for (const entry of await db.outbox.toArray())
        if (entry.setAside) await retrySetAside(db, entry.seq!);
      expect(await syncOnce(db, makeClient)).toMatchObject({ ok: true });
    }

    // Each mutation applied at most once.
    expect(new Set(applied).size).toBe(applied.length);
    const serverLinks = await serverLinksOf(app, ticketId);
    for (let t = 0; t < TICKETS; t++) {
      const id = ticketId(t);
      const ofTicket = made.map((list) => list.filter((m) => m.args.ticketId === id));
      // Within a browser, the server applied its mutations for the ticket in the order made.
      for (const list of ofTicket) {
        const positions = list.map((m) => applied.indexOf(m.id)).filter((p) => p >= 0);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
      // Every browser's last intent reached the server; the one that reached it last is what it holds.
      const lasts = ofTicket.map((list) => list.at(-1)).filter((m) => m !== undefined);
      for (const last of lasts) expect(applied).toContain(last.id);
      const winner = lasts.sort((a, b) => applied.indexOf(a.id) - applied.indexOf(b.id)).at(-1);
      const expected = winner?.type === 'link.set' ? targetOf(winner.args) : undefined;
      expect(serverLinks.get(id)).toEqual(expected);
      // And every browser shows what the server holds: no local tag lost or left pending.
      for (const db of dbs) {
        const local = await db.links.get(id);
        expect(local?.pending).toBeUndefined();
        expect(local ? targetOf(local) : undefined).toEqual(serverLinks.get(id));
      }
    }
    for (const db of dbs) {
      expect(await db.outbox.count()).toBe(0);
      db.close();
    }
  }

  it(
    'ends with each ticket at its last intent, every mutation applied at most once, nothing queued',
    async () => {
      await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 40 }), storm), {
        numRuns: RUNS,
        seed: SEED,
        endOnFailure: false,
      });
    },
    // The soak runs hundreds of storms; CI's 30 take under half a minute.
    Math.max(10 * 60_000, RUNS * 2_000),
  );
});

function targetOf(link: { intentId?: string; bucketId?: string }) {
  return { intentId: link.intentId, bucketId: link.bucketId };
}

async function serverLinksOf(app: ReturnType<typeof createApp>, ticketId: (n: number) => string) {
  const ours = new Set(Array.from({ length: TICKETS }, (_, n) => ticketId(n)));
  const links = new Map<string, ReturnType<typeof targetOf>>();
  let cursor: string | undefined;
  for (;;) {
    const query = cursor ? `?cursor=${encodeURIComponent(cursor)}&limit=5000` : '?limit=5000';
    const response = await app.request(`http://api.test/v1/sync${query}`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const page = (await response.json()) as {
      cursor: string;
      more: boolean;
      changes: {
        type: string;
        op: string;
        id: string;
        data?: { intentId?: string; bucketId?: string };
      }[];
    };
    for (const change of page.changes) {
      if (change.type !== 'link' || !ours.has(change.id)) continue;
      if (change.op === 'delete') links.delete(change.id);
      else links.set(change.id, targetOf(change.data ?? {}));
    }
    if (!page.more) return links;
    cursor = page.cursor;
  }
}
