import { browser } from 'wxt/browser';
import { SYNC_PERIOD_MINUTES } from '../sync/schedule';

/** The choices the options page offers, in minutes. */
export const SYNC_INTERVALS = [1, 5, 15, 60] as const;
export type SyncInterval = (typeof SYNC_INTERVALS)[number];

/**
 * Kept in `browser.storage.local` (not IndexedDB) so the worker hears a change through
 * `storage.onChanged` and re-creates its alarm. The version is in the key, as for the sites list.
 */
export const SYNC_INTERVAL_KEY = 'throughline.syncInterval.v1';

/** A stored value, or the default when it is absent or not one of the choices. */
export function readSyncInterval(stored: unknown): SyncInterval {
  const minutes = (stored as { minutes?: unknown } | null | undefined)?.minutes;
  return (
    SYNC_INTERVALS.find((choice) => choice === minutes) ?? (SYNC_PERIOD_MINUTES as SyncInterval)
  );
}

export async function loadSyncInterval(): Promise<SyncInterval> {
  try {
    return readSyncInterval(
      (await browser.storage.local.get(SYNC_INTERVAL_KEY))[SYNC_INTERVAL_KEY],
    );
  } catch {
    return readSyncInterval(undefined);
  }
}

export async function saveSyncInterval(minutes: SyncInterval): Promise<void> {
  await browser.storage.local.set({ [SYNC_INTERVAL_KEY]: { minutes } });
}

/** Calls `onChange` with the new interval whenever any context saves one. */
export function watchSyncInterval(onChange: (minutes: SyncInterval) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SYNC_INTERVAL_KEY in changes)
      onChange(readSyncInterval(changes[SYNC_INTERVAL_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
