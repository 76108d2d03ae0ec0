import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../lib/db/apply-changes';
import { contextFor } from '../../../lib/db/context';
import { demoChanges, makeDb, put, T0 } from './make-db';

const TICKET = 'github:github.com/acme/app#1';

describe('contextFor', () => {
  it('resolves link → intent → goal → mission and takes the bucket from the intent', async () => {
    const db = makeDb();
    await applyPage(db, demoChanges(), 'c1');
    const context = await contextFor(db, TICKET);
    expect(context?.intent?.title).toBe('Guided setup');
    expect(context?.goal?.title).toBe('Activation 45%');
    expect(context?.mission?.title).toBe('Self-serve');
    expect(context?.bucket?.name).toBe('New capabilities');
    expect(context?.missing).toEqual({ intent: false, bucket: false });
  });

  it("prefers the link's own bucket over its intent's", async () => {
    const db = makeDb();
    await applyPage(
      db,
      [
        ...demoChanges(),
        put('link', TICKET, 7, {
          ticketId: TICKET,
          intentId: 'i1',
          bucketId: 'ktlo',
          linkedAt: T0,
        }),
      ],
      'c1',
    );
    expect((await contextFor(db, TICKET))?.bucket?.name).toBe('Keep the lights on');
  });

  it('returns null for a ticket with no link', async () => {
    const db = makeDb();
    await applyPage(db, demoChanges(), 'c1');
    expect(await contextFor(db, 'jira:acme.atlassian.net/PAY-1')).toBeNull();
  });

  it('flags an intent that was removed after tagging', async () => {
    const db = makeDb();
    await applyPage(
      db,
      [...demoChanges(), { type: 'intent', op: 'delete', id: 'i1', version: 8 }],
      'c1',
    );
    const context = await contextFor(db, TICKET);
    expect(context?.intent).toBeUndefined();
    expect(context?.missing.intent).toBe(true);
  });
});
