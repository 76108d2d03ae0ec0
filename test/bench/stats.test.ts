import { describe, expect, it } from 'vitest';
import { median, medianPairedDifference, noiseOfMedianDifference } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('pairs samples by position, so a drift shared by both sides cancels out', () => {
    const floor = [100, 200, 300, 400, 500];
    const measured = floor.map((value) => value + 7);
    expect(medianPairedDifference(measured, floor)).toBe(7);
    expect(noiseOfMedianDifference(measured, floor)).toBe(0);
  });

  it('uses only as many pairs as the shorter side has', () => {
    expect(medianPairedDifference([10, 20, 1000], [0, 0])).toBe(15);
  });

  it('widens the noise band with the spread of the differences and narrows it with more pairs', () => {
    const spread = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 10 : -10));
    const zeros = (n: number) => Array.from({ length: n }, () => 0);
    const few = noiseOfMedianDifference(spread(4), zeros(4));
    const many = noiseOfMedianDifference(spread(16), zeros(16));
    expect(few).toBeGreaterThan(many);
    expect(many).toBeGreaterThan(0);
  });
});
