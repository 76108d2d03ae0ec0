import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../../lib/db/apply-changes';
import { linkKeysOf, linkKeysReady } from '../../../../lib/db/link-keys';
import { lookupTicket, type TicketLookup } from '../../../../lib/db/queries/ticket-lookup';
import { trustLocalWrites } from '../../../../lib/db/sole-writer';
import { clearTag, setTag } from '../../../../lib/sync/tag';
import { demoChanges, makeDb, put, T0 } from '../make-db';

// The sidebar and the summaries run lookups inside Dexie live queries. In the worker a lookup
// answers a title's mentions from memory (lib/db/link-keys.ts) and reads only the links that can
// matter, so the live query must still re-run for every write that could change its answer.

const PR = 'github:github.com/acme/app#9';
const TITLE = 'PAY-42: retry webhooks';
const PAY42 = 'jira:acme.atlassian.net/PAY-42';
const OTHER_PAY42 = 'jira:jira.acme.com/PAY-42';

async function workerDb() {
  const db = makeDb();
  trustLocalWrites(db);
  await applyPage(
    db,
    [...demoChanges(), put('intent', 'i2', 7, { goalId: 'g1', title: 'Templates' })],
    'c1',
  );
  await linkKeysReady(db);
  return db;
}

describe('a lookup in a live query, with the linked tickets’ keys in memory', () => {
  it('re-runs when a link appears for a key the title names, changes, or the ticket gets its own', async () => {
    const db = await workerDb();
    let latest: TicketLookup | undefined;
    let runs = 0;
    const subscription = liveQuery(() => lookupTicket(db, PR, TITLE)).subscribe({
      next: (lookup) => {
        latest = lookup;
        runs += 1;
      },
    });
    try {
      await expect.poll(() => runs).toBe(1);
      expect(linkKeysOf(db)).toBeDefined(); // answered from memory, not through the index
      expect(latest?.inherited).toBeNull();

      // A link appears for PAY-42 (through sync): nothing the first run read named it.
      await applyPage(
        db,
        [put('link', PAY42, 8, { ticketId: PAY42, intentId: 'i1', linkedAt: T0 })],
        'c2',
      );
      await expect.poll(() => latest?.inherited?.source).toBe('via');
      expect(latest?.inherited).toMatchObject({ via: { ticketId: PAY42 }, intent: { id: 'i1' } });

      // The named ticket's link changes (through a tag this time).
      await setTag(db, { ticketId: PAY42, intentId: 'i2' }, 'Dana');
      await expect.poll(() => latest?.inherited?.intent?.id).toBe('i2');

      // A second ticket with the same key is tagged: PAY-42 no longer names exactly one. Untagged,
      // it counts as gone again.
      await setTag(db, { ticketId: OTHER_PAY42, bucketId: 'ktlo' }, 'Dana');
      await expect.poll(() => latest?.inherited).toBeNull();
      await clearTag(db, OTHER_PAY42);
      await expect.poll(() => latest?.inherited?.source).toBe('via');

      // The ticket gets its own link: it wins.
      await setTag(db, { ticketId: PR, bucketId: 'ktlo' }, 'Dana');
      await expect.poll(() => latest?.context?.bucket?.id).toBe('ktlo');
      expect(latest?.inherited).toBeNull();

      // Untagged (pending): the named ticket's context comes back, and still follows it.
      await clearTag(db, PR);
      await expect.poll(() => latest?.context).toBeNull();
      expect(latest?.inherited).toMatchObject({ source: 'via', intent: { id: 'i2' } });
      await setTag(db, { ticketId: PAY42, intentId: 'i1' }, 'Dana');
      await expect.poll(() => latest?.inherited?.intent?.id).toBe('i1');

      // The named ticket's link goes (through sync).
      await db.links.update(PAY42, { pending: undefined, base: undefined });
      await applyPage(db, [{ type: 'link', op: 'delete', id: PAY42, version: 12 }], 'c6');
      await expect.poll(() => latest?.inherited).toBeNull();
    } finally {
      subscription.unsubscribe();
    }
  });

  it('re-runs when a ticket that nothing links gets its own link', async () => {
    const db = await workerDb();
    let latest: TicketLookup | undefined;
    const subscription = liveQuery(() => lookupTicket(db, PR, 'No keys here')).subscribe({
      next: (lookup) => (latest = lookup),
    });
    try {
      await expect.poll(() => latest).toBeDefined();
      expect(latest?.context).toBeNull();
      await applyPage(
        db,
        [put('link', PR, 8, { ticketId: PR, intentId: 'i2', linkedAt: T0 })],
        'c2',
      );
      await expect.poll(() => latest?.context?.intent?.id).toBe('i2');
    } finally {
      subscription.unsubscribe();
    }
  });
});
