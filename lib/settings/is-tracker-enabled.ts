import { browser } from 'wxt/browser';

/**
 * Where the tracker switches live (`{ off: ['linear'] }`), and the one read content scripts make
 * of them. Apart from trackers-enabled.ts because a content script must not import the tracker
 * registry: it knows its own tracker only.
 */
export const TRACKERS_ENABLED_KEY = 'throughline.trackers.v1';

/**
 * For content scripts, at start: is this tracker on in the per-tracker switches stored at `key`
 * (only the switched-off trackers are stored)? On when unsure.
 */
export async function isSwitchedOn(key: string, system: string): Promise<boolean> {
  try {
    const off = ((await browser.storage.local.get(key))[key] as { off?: unknown } | undefined)?.off;
    return !(Array.isArray(off) && off.includes(system));
  } catch {
    return true;
  }
}

/** Should this tracker's pages get the summary and the sidebar? */
export const isTrackerEnabled = (system: string) => isSwitchedOn(TRACKERS_ENABLED_KEY, system);
