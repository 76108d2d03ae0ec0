import { browser } from 'wxt/browser';

/**
 * Where the tracker switches live (`{ off: ['linear'] }`), and the one read content scripts make
 * of them. Apart from trackers-enabled.ts because a content script must not import the tracker
 * registry: it knows its own tracker only.
 */
export const TRACKERS_ENABLED_KEY = 'throughline.trackers.v1';

/**
 * For content scripts, at start: should this tracker's pages get the sidebar? On when unsure.
 * Reads the stored list itself: a content script knows its own tracker, not the registry.
 */
export async function isTrackerEnabled(system: string): Promise<boolean> {
  try {
    const off = (
      (await browser.storage.local.get(TRACKERS_ENABLED_KEY))[TRACKERS_ENABLED_KEY] as
        { off?: unknown } | undefined
    )?.off;
    return !(Array.isArray(off) && off.includes(system));
  } catch {
    return true;
  }
}
