import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from '../../../lib/sync/backoff';

describe('retryDelayMs', () => {
  const middle = () => 0.5;

  it('starts at the shortest alarm Chrome allows and doubles', () => {
    expect(retryDelayMs(1, middle)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(2, middle)).toBe(FIRST_RETRY_MS * 2);
    expect(retryDelayMs(3, middle)).toBe(FIRST_RETRY_MS * 4);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(50, middle)).toBe(MAX_RETRY_MS);
  });

  it('spreads clients by ±20 %', () => {
    expect(retryDelayMs(1, () => 0)).toBe(FIRST_RETRY_MS * 0.8);
    expect(retryDelayMs(1, () => 1)).toBe(FIRST_RETRY_MS * 1.2);
  });
});
