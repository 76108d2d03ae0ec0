import { browser } from 'wxt/browser';
import { TRACKERS_ENABLED_KEY } from './is-tracker-enabled';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../trackers/registry';

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

export async function loadTrackerSwitches(): Promise<TrackerSwitches> {
  try {
    return readTrackerSwitches(
      (await browser.storage.local.get(TRACKERS_ENABLED_KEY))[TRACKERS_ENABLED_KEY],
    );
  } catch {
    return readTrackerSwitches(undefined);
  }
}

export async function saveTrackerEnabled(system: TrackerSystem, enabled: boolean): Promise<void> {
  const switches = { ...(await loadTrackerSwitches()), [system]: enabled };
  const off = TRACKER_SYSTEMS.filter((name) => !switches[name]);
  await browser.storage.local.set({ [TRACKERS_ENABLED_KEY]: { off } });
}
