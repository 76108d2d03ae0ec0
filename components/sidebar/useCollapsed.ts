import { useEffect, useState } from 'react';
import { readCollapsed, watchCollapsed, writeCollapsed } from '../../lib/sidebar/collapsed-state';

/** The remembered open/closed state; changing it resizes the frame through the content script. */
export function useCollapsed(): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    const stop = new AbortController();
    void readCollapsed().then(setCollapsed);
    watchCollapsed(setCollapsed, stop.signal);
    return () => stop.abort();
  }, []);
  return [collapsed, (next) => void writeCollapsed(next)];
}
