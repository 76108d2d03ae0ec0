import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../../lib/trackers/registry';
import { TRACKERS_ENABLED_KEY, loadTrackerSwitches } from '../../lib/settings/trackers-enabled';

const NONE: ReadonlySet<TrackerSystem> = new Set();

/**
 * Trackers switched off in the options page, kept current while the page is open. Their tickets
 * still count toward an intent (the work is real), so lists mark them instead of hiding them.
 */
export function useSwitchedOffTrackers(): ReadonlySet<TrackerSystem> {
  const [off, setOff] = useState(NONE);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void loadTrackerSwitches().then((switches) => {
        if (live) setOff(new Set(TRACKER_SYSTEMS.filter((system) => !switches[system])));
      });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TRACKERS_ENABLED_KEY in changes) refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return off;
}
