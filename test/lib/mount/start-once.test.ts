import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOnce } from '../../../lib/mount/start-once';

describe('starting once', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts at the first call, and never again', () => {
    const start = vi.fn();
    const now = startOnce(start, 3000);
    expect(start).not.toHaveBeenCalled();
    now();
    now();
    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts by itself at the latest moment when no call comes', () => {
    const start = vi.fn();
    const now = startOnce(start, 3000);
    vi.advanceTimersByTime(2999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    now();
    expect(start).toHaveBeenCalledTimes(1);
  });
});
