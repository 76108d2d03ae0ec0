import { browser } from 'wxt/browser';
import { SYNC_ALARM } from '../sync/schedule';
import { syncInterval, type SyncInterval } from './sync-interval';

/**
 * Creates the periodic sync alarm only when it is missing or has another period: re-creating it
 * at every worker start would push the next sync back by a whole period each time.
 */
export async function ensureSyncAlarm(minutes: SyncInterval): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** For the worker: the alarm follows the interval chosen in the options page, while it lives. */
export function keepSyncAlarmInStep(signal: AbortSignal = new AbortController().signal): void {
  void syncInterval.load().then(ensureSyncAlarm);
  syncInterval.watch((minutes) => void ensureSyncAlarm(minutes), signal);
}
