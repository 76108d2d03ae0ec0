import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../../lib/db/apply-changes';
import { ticketSummaryFor } from '../../../../lib/db/queries/ticket-summary';
import { TicketSummarySchema } from '../../../../lib/summary/ticket-summary-schema';
import { demoChanges, makeDb, put, T0 } from '../make-db';

// The summary a ticket page shows: the sidebar's precedence (DESIGN.md), in a few words.

const PAY42 = 'jira:acme.atlassian.net/PAY-42';
const PR = 'github:github.com/acme/billing#7';
const OPS = 'linear:acme/OPS-3';
const NOFIT = 'linear:acme/ENG-9';

async function seeded() {
  const db = makeDb();
  await applyPage(
    db,
    [
      ...demoChanges(),
      put('link', PAY42, 7, { ticketId: PAY42, intentId: 'i1', linkedAt: T0, linkedBy: 'Dana' }),
      put('link', NOFIT, 8, { ticketId: NOFIT, noFit: true, linkedAt: T0, linkedBy: 'import' }),
      put('rule', 'ops', 9, {
        name: 'The OPS team keeps the lights on',
        position: 1,
        when: { tracker: 'linear', project: 'OPS' },
        bucketId: 'ktlo',
      }),
    ],
    'c1',
  );
  return db;
}

describe('a ticket’s summary', () => {
  it('names the bucket, goal and intent of its own tag, and who tagged it when', async () => {
    const summary = await ticketSummaryFor(await seeded(), PAY42, undefined, 'en-GB');
    expect(summary).toEqual({
      ticketId: PAY42,
      bucket: { name: 'New capabilities', color: '#4f46e5' },
      goal: 'Activation 45%',
      intent: 'Guided setup',
      source: 'Tagged by Dana, 1 Nov',
      from: 'tagged',
    });
    expect(TicketSummarySchema.parse(summary)).toEqual(summary);
  });

  it('says where inherited context comes from: the ticket its title names, or a rule', async () => {
    const db = await seeded();
    expect(await ticketSummaryFor(db, PR, 'PAY-42: retry webhooks')).toMatchObject({
      goal: 'Activation 45%',
      source: 'via PAY-42',
      from: 'via',
    });
    expect(await ticketSummaryFor(db, OPS, 'Renew certificates')).toEqual({
      ticketId: OPS,
      bucket: { name: 'Keep the lights on', color: '' },
      source: 'By rule: The OPS team keeps the lights on',
      from: 'rule',
    });
  });

  it('says "No intent fits" for a no-fit tag, and nothing for a ticket nothing applies to', async () => {
    const db = await seeded();
    expect(await ticketSummaryFor(db, NOFIT, undefined)).toEqual({
      ticketId: NOFIT,
      noFit: true,
      source: 'Tagged in the context file',
      from: 'tagged',
    });
    expect(await ticketSummaryFor(db, 'github:github.com/acme/web#1', 'Anything')).toEqual({
      ticketId: 'github:github.com/acme/web#1',
    });
  });
});
