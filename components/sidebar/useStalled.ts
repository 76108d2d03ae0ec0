import { useEffect, useMemo, useState } from 'react';

/**
 * Whether the current wait has lasted `afterMs`: a wait starts when `waiting` becomes true or
 * `key` changes (another ticket), and ends when `waiting` turns false. A wait that long is no
 * longer "Loading…" and needs words of its own.
 */
export function useStalled(waiting: boolean, afterMs: number, key?: string): boolean {
  // A fresh object per wait, so a timer of an earlier wait can never mark this one stalled.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- another `key` is another wait
  const wait = useMemo(() => (waiting ? {} : undefined), [waiting, key]);
  const [stalledWait, setStalledWait] = useState<object>();
  useEffect(() => {
    if (!wait) return;
    const timer = setTimeout(() => setStalledWait(wait), afterMs);
    return () => clearTimeout(timer);
  }, [wait, afterMs]);
  return wait !== undefined && stalledWait === wait;
}
