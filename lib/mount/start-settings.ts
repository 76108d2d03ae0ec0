import { browser } from 'wxt/browser';
import { hostOptions, readSites, SITES_STORAGE_KEY } from '../hosts/sites';
import { MARKS_ENABLED_KEY } from '../settings/is-marks-enabled';
import { switchedOn, TRACKERS_ENABLED_KEY } from '../settings/is-tracker-enabled';
import { readSidebarOpen, sidebarOpen } from '../sidebar/open-state';
import type { TrackerUrlOptions } from '../trackers/types';

/** What a tracker's content script needs from storage before it draws anything. */
export interface StartSettings {
  /** The self-hosted sites' hosts, for reading URLs. */
  hosts: TrackerUrlOptions;
  /** The person keeps the sidebar open. */
  open: boolean;
  /** The summary and sidebar are on for this tracker (options page). */
  enabled: boolean;
  /** Marks on boards and lists are on for this tracker. */
  marksEnabled: boolean;
}

const KEYS = [SITES_STORAGE_KEY, sidebarOpen.key, TRACKERS_ENABLED_KEY, MARKS_ENABLED_KEY];

/**
 * The start settings from one `storage.local.get`: each call is a round trip to the browser
 * process and a promise in the host page's main thread, paid on every ticket page. When storage
 * fails, every setting takes its default (on, closed, no self-hosted sites).
 */
export async function loadStartSettings(system: string): Promise<StartSettings> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.local.get(KEYS);
  } catch {
    stored = {};
  }
  return startSettingsFrom(stored, system);
}

export function startSettingsFrom(stored: Record<string, unknown>, system: string): StartSettings {
  return {
    hosts: hostOptions(readSites(stored[SITES_STORAGE_KEY])),
    open: readSidebarOpen(stored[sidebarOpen.key]),
    enabled: switchedOn(stored[TRACKERS_ENABLED_KEY], system),
    marksEnabled: switchedOn(stored[MARKS_ENABLED_KEY], system),
  };
}
