import { TRACKER_SYSTEMS, type TrackerSystem } from '../trackers/registry';
import { TRACKERS_ENABLED_KEY } from './is-tracker-enabled';
import { storedSetting } from './stored-setting';

/**
 * Which trackers show the sidebar, switched in the options page. Kept in `browser.storage.local`
 * because content scripts read it, so this file stays free of zod and React (content scripts must
 * stay tiny). Only switched-off trackers are stored: a tracker added later starts on.
 */
export { TRACKERS_ENABLED_KEY } from './is-tracker-enabled';

export type TrackerSwitches = Record<TrackerSystem, boolean>;

export function readTrackerSwitches(stored: unknown): TrackerSwitches {
  const off = (stored as { off?: unknown } | null | undefined)?.off;
  const isOff = (system: TrackerSystem) => Array.isArray(off) && off.includes(system);
  return Object.fromEntries(
    TRACKER_SYSTEMS.map((system) => [system, !isOff(system)]),
  ) as TrackerSwitches;
}

/** A set of per-tracker switches stored at `key`: only the switched-off trackers are kept. */
export const trackerSwitchesAt = (key: string) =>
  storedSetting<TrackerSwitches>({
    key,
    read: readTrackerSwitches,
    write: (switches) => ({ off: TRACKER_SYSTEMS.filter((name) => !switches[name]) }),
  });

export const trackerSwitches = trackerSwitchesAt(TRACKERS_ENABLED_KEY);

export const loadTrackerSwitches = () => trackerSwitches.load();
