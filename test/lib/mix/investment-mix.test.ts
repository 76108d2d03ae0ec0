import { describe, expect, it } from 'vitest';
import { investmentMix } from '../../../lib/mix/investment-mix';
import type { Bucket } from '../../../lib/schema/entities';

const meta = { version: 1, updatedAt: '2026-11-01T10:00:00.000Z' };
const BUCKETS: Bucket[] = [
  { ...meta, id: 'new', name: 'New capabilities', targetShare: 0.5, color: '#4f46e5' },
  { ...meta, id: 'ktlo', name: 'Keep the lights on', targetShare: 0.2 },
  { ...meta, id: 'debt', name: 'Tech debt', targetShare: 0.3 },
  { ...meta, id: 'misc', name: 'Miscellaneous' },
];
const INTENTS = new Map<string, string | undefined>([
  ['guided-setup', 'new'],
  ['retries', 'new'],
  ['no-bucket', undefined],
]);

describe('investment mix', () => {
  it('counts "no intent fits" as a slice of its own, in the same shares', () => {
    const mix = investmentMix(
      [
        { intentId: 'guided-setup' },
        { noFit: true },
        { noFit: true, pending: 'clear' },
        { intentId: 'no-bucket' },
      ],
      INTENTS,
      BUCKETS,
    );
    expect(mix).toMatchObject({ total: 3, unbucketed: 1, noFit: 1, noFitShare: 0.5 });
    expect(mix.rows.find((row) => row.bucketId === 'new')?.share).toBe(0.5);
  });

  it('shares each bucket’s tickets out of the bucketed ones, adding up to 1', () => {
    const mix = investmentMix(
      [
        { intentId: 'guided-setup' },
        { intentId: 'retries' },
        { bucketId: 'ktlo' },
        { intentId: 'retries', bucketId: 'debt' },
      ],
      INTENTS,
      BUCKETS,
    );
    expect(mix.total).toBe(4);
    expect(mix.unbucketed).toBe(0);
    const byId = Object.fromEntries(mix.rows.map((row) => [row.bucketId, row]));
    expect(byId.new).toMatchObject({ count: 2, share: 0.5, targetShare: 0.5 });
    expect(byId.ktlo).toMatchObject({ count: 1, share: 0.25 });
    expect(byId.debt).toMatchObject({ count: 1, share: 0.25 });
    expect(mix.rows.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 10);
  });

  it('uses the link’s own bucket before its intent’s', () => {
    const mix = investmentMix([{ intentId: 'guided-setup', bucketId: 'ktlo' }], INTENTS, BUCKETS);
    expect(mix.rows[0]).toMatchObject({ bucketId: 'ktlo', count: 1, share: 1 });
  });

  it('counts tickets without a resolvable bucket apart from the shares', () => {
    const mix = investmentMix(
      [
        { intentId: 'guided-setup' },
        { intentId: 'no-bucket' },
        { intentId: 'unknown-intent' },
        { bucketId: 'deleted-bucket' },
      ],
      INTENTS,
      BUCKETS,
    );
    expect(mix).toMatchObject({ total: 4, unbucketed: 3 });
    expect(mix.rows[0]).toMatchObject({ bucketId: 'new', count: 1, share: 1 });
  });

  it('lists buckets with tickets first, then those with a target and none yet', () => {
    const mix = investmentMix([{ bucketId: 'ktlo' }, { bucketId: 'ktlo' }], INTENTS, BUCKETS);
    expect(mix.rows.map((row) => row.bucketId)).toEqual(['ktlo', 'new', 'debt']);
    expect(mix.rows.find((row) => row.bucketId === 'misc')).toBeUndefined();
  });

  it('gives an empty project no shares and no division by zero', () => {
    const mix = investmentMix([], INTENTS, BUCKETS);
    expect(mix).toMatchObject({ total: 0, unbucketed: 0 });
    expect(mix.rows.every((row) => row.share === 0 && row.count === 0)).toBe(true);
  });

  it('gives a project whose tickets all lack a bucket no shares', () => {
    const mix = investmentMix([{ intentId: 'no-bucket' }], INTENTS, BUCKETS);
    expect(mix).toMatchObject({ total: 1, unbucketed: 1 });
    expect(mix.rows.every((row) => row.share === 0)).toBe(true);
  });

  it('leaves out tickets whose untag is waiting to sync', () => {
    const mix = investmentMix(
      [{ bucketId: 'ktlo' }, { bucketId: 'new', pending: 'clear' }],
      INTENTS,
      BUCKETS,
    );
    expect(mix.total).toBe(1);
    expect(mix.rows[0]).toMatchObject({ bucketId: 'ktlo', share: 1 });
  });
});
