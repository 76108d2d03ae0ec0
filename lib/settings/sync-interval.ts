import { SYNC_PERIOD_MINUTES } from '../sync/schedule';
import { storedSetting } from './stored-setting';

/** The choices the options page offers, in minutes. */
export const SYNC_INTERVALS = [1, 5, 15, 60] as const;
export type SyncInterval = (typeof SYNC_INTERVALS)[number];

/** A stored value, or the default when it is absent or not one of the choices. */
export function readSyncInterval(stored: unknown): SyncInterval {
  const minutes = (stored as { minutes?: unknown } | null | undefined)?.minutes;
  return (
    SYNC_INTERVALS.find((choice) => choice === minutes) ?? (SYNC_PERIOD_MINUTES as SyncInterval)
  );
}

/**
 * How often the worker pulls. Kept in extension storage (not IndexedDB) so the worker hears a
 * change and re-creates its alarm (lib/settings/sync-alarm.ts).
 */
export const syncInterval = storedSetting<SyncInterval>({
  key: 'throughline.syncInterval.v1',
  read: readSyncInterval,
  write: (minutes) => ({ minutes }),
});
