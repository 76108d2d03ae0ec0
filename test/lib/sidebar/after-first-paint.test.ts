import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../../lib/sidebar/after-first-paint';

/** A window whose paint timing is driven by the test. */
function windowWithPaints(paintTiming = true) {
  let report: ((entries: unknown[]) => void) | undefined;
  const disconnected: boolean[] = [];
  class FakeObserver {
    constructor(callback: (list: { getEntries(): unknown[] }) => void) {
      report = (entries) => callback({ getEntries: () => entries });
    }
    observe(options: { type: string; buffered?: boolean }) {
      if (!paintTiming || options.type !== 'paint') throw new TypeError('unsupported entry type');
    }
    disconnect() {
      disconnected.push(true);
    }
  }
  const win = {
    PerformanceObserver: FakeObserver,
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Parameters<typeof afterFirstPaint>[1];
  return { win, paint: () => report?.([{ name: 'first-contentful-paint' }]), disconnected };
}

describe('after the first paint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the first paint is reported, and only once', () => {
    const { win, paint, disconnected } = windowWithPaints();
    const run = vi.fn();
    afterFirstPaint(run, win);
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    paint();
    paint();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(disconnected.length).toBeGreaterThan(0);
  });

  it('runs anyway when no paint is ever reported (a hidden frame)', () => {
    const { win } = windowWithPaints();
    const run = vi.fn();
    afterFirstPaint(run, win);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs anyway where the browser has no paint timing', () => {
    const { win } = windowWithPaints(false);
    const run = vi.fn();
    afterFirstPaint(run, win);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
