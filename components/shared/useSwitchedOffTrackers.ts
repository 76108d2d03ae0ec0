import { useMemo } from 'react';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../../lib/trackers/registry';
import { trackerSwitches } from '../../lib/settings/trackers-enabled';
import { useStoredSetting } from './useStoredSetting';

/**
 * Trackers switched off in the options page, kept current while the page is open. Their tickets
 * still count toward an intent (the work is real), so lists mark them instead of hiding them.
 */
export function useSwitchedOffTrackers(): ReadonlySet<TrackerSystem> {
  const [switches] = useStoredSetting(trackerSwitches);
  return useMemo(
    () => new Set(TRACKER_SYSTEMS.filter((system) => switches && !switches[system])),
    [switches],
  );
}
