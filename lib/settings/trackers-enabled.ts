import { browser } from 'wxt/browser';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../trackers/registry';

/**
 * Which trackers show the sidebar, switched in the options page. Kept in `browser.storage.local`
 * because content scripts read it, so this file stays free of zod and React (content scripts must
 * stay tiny). Only switched-off trackers are stored: a tracker added later starts on.
 */
export const TRACKERS_ENABLED_KEY = 'throughline.trackers.v1';

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

/**
 * For content scripts, at start: should this tracker's pages get the sidebar? On when unsure.
 * Reads the stored list itself: a content script knows its own tracker, not the registry.
 */
export async function isTrackerEnabled(system: string): Promise<boolean> {
  try {
    const off = (
      (await browser.storage.local.get(TRACKERS_ENABLED_KEY))[TRACKERS_ENABLED_KEY] as
        | { off?: unknown }
        | undefined
    )?.off;
    return !(Array.isArray(off) && off.includes(system));
  } catch {
    return true;
  }
}

export async function saveTrackerEnabled(system: TrackerSystem, enabled: boolean): Promise<void> {
  const switches = { ...(await loadTrackerSwitches()), [system]: enabled };
  const off = TRACKER_SYSTEMS.filter((name) => !switches[name]);
  await browser.storage.local.set({ [TRACKERS_ENABLED_KEY]: { off } });
}
