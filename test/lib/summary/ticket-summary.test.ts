import { describe, expect, it } from 'vitest';
import {
  isBucketColor,
  parseTicketSummary,
  summaryLabel,
} from '../../../lib/summary/ticket-summary';

const ENGLISH = { prefix: 'Throughline', notLinked: 'Not linked', noFit: 'No intent fits' };

const ID = 'jira:acme.atlassian.net/PAY-42';

describe('the summary’s accessible name', () => {
  it('starts with Throughline and holds the bucket, the goal and where they come from', () => {
    expect(
      summaryLabel(
        {
          ticketId: ID,
          bucket: { name: 'Growth bets', color: '#0a0' },
          goal: 'Median time-to-match under 7 minutes',
          source: 'via PAY-42',
        },
        ENGLISH,
      ),
    ).toBe('Throughline: Growth bets — Median time-to-match under 7 minutes (via PAY-42)');
  });

  it('says when the ticket is not linked, or that no intent fits', () => {
    expect(summaryLabel({ ticketId: ID }, ENGLISH)).toBe('Throughline: Not linked');
    expect(
      summaryLabel({ ticketId: ID, noFit: true, source: 'Tagged by Dana, 3 Nov' }, ENGLISH),
    ).toBe('Throughline: No intent fits (Tagged by Dana, 3 Nov)');
  });

  it('falls back on the intent when the ticket serves no goal', () => {
    expect(summaryLabel({ ticketId: ID, intent: 'Guided setup' }, ENGLISH)).toBe(
      'Throughline: Guided setup',
    );
  });
});

describe('reading a summary that crossed a message boundary', () => {
  it('keeps the known fields with their types and drops the rest', () => {
    expect(
      parseTicketSummary({
        ticketId: ID,
        bucket: { name: 'Growth', color: '#123456', extra: 1 },
        goal: 'Grow',
        noFit: 'yes',
        source: 42,
        html: '<img src=x onerror=alert(1)>',
      }),
    ).toEqual({ ticketId: ID, bucket: { name: 'Growth', color: '#123456' }, goal: 'Grow' });
  });

  it('is no summary without a ticket id, or when it is not an object', () => {
    for (const value of [null, undefined, 'x', 1, [], { goal: 'Grow' }, { ticketId: '' }])
      expect(parseTicketSummary(value)).toBeUndefined();
  });

  it('cuts text to a size a page can draw', () => {
    const summary = parseTicketSummary({ ticketId: ID, goal: 'g'.repeat(10_000) });
    expect(summary?.goal).toHaveLength(500);
  });
});

describe('a bucket colour the page may paint', () => {
  it('is #rrggbb, as the server accepts it, and nothing else', () => {
    expect(['#4f46e5', '#ABCDEF'].map(isBucketColor)).toEqual([true, true]);
    const refused = ['#0a0', 'red', 'red;}*{display:none', 'url(x)', '#4f46e5 ', '', undefined];
    expect(refused.map(isBucketColor)).toEqual(refused.map(() => false));
  });
});
