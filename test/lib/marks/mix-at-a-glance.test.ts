import { describe, expect, it } from 'vitest';
import { mixAtAGlance, parseMixBuckets } from '../../../lib/marks/mix-at-a-glance';

const NEW = { name: 'New capabilities', color: '#4f46e5' };
const KTLO = { name: 'Keep the lights on', color: '#f59e0b' };

describe('mix at a glance', () => {
  it('sets the visible tickets’ buckets against the targets, and counts where context comes from', () => {
    const mix = mixAtAGlance(
      [
        { ticketId: 'a', bucket: NEW, from: 'tagged' },
        { ticketId: 'b', bucket: NEW, from: 'via' },
        { ticketId: 'c', bucket: KTLO, from: 'rule' },
        { ticketId: 'd', noFit: true, from: 'tagged' },
        { ticketId: 'e' },
      ],
      [
        { ...KTLO, targetShare: 0.2 },
        { ...NEW, targetShare: 0.5 },
        { name: 'Tech debt', color: '#888888', targetShare: 0.3 },
        { name: 'Untargeted, unseen', color: '' },
      ],
    );
    expect(mix.tickets).toBe(5);
    expect(mix.from).toEqual({ tagged: 2, via: 1, rule: 1, none: 1 });
    expect(mix.rows.map((r) => [r.name, r.count, r.share, r.targetShare])).toEqual([
      ['New capabilities', 2, 2 / 3, 0.5],
      ['Keep the lights on', 1, 1 / 3, 0.2],
      ['Tech debt', 0, 0, 0.3],
    ]);
  });

  it('reads only well-formed buckets from a message', () => {
    expect(
      parseMixBuckets([
        { name: 'A', color: '#123456', targetShare: 0.5 },
        { name: '', color: 'x' },
        { name: 'B', targetShare: 7 },
        'junk',
      ]),
    ).toEqual([
      { name: 'A', color: '#123456', targetShare: 0.5 },
      { name: 'B', color: '' },
    ]);
    expect(parseMixBuckets(null)).toEqual([]);
  });
});
