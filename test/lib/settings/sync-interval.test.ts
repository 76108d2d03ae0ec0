import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureSyncAlarm, keepSyncAlarmInStep } from '../../../lib/settings/sync-alarm';
import { readSyncInterval, syncInterval } from '../../../lib/settings/sync-interval';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES } from '../../../lib/sync/schedule';

describe('sync interval', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to every 5 minutes and keeps what was chosen', async () => {
    expect(await syncInterval.load()).toBe(SYNC_PERIOD_MINUTES);
    await syncInterval.save(15);
    expect(await syncInterval.load()).toBe(15);
  });

  it('ignores stored values that are not one of the choices', () => {
    expect(readSyncInterval({ minutes: 0.01 })).toBe(5);
    expect(readSyncInterval({ minutes: '60' })).toBe(5);
    expect(readSyncInterval(null)).toBe(5);
    expect(readSyncInterval({ minutes: 60 })).toBe(60);
  });

  it('re-creates the worker alarm when the interval changes', async () => {
    keepSyncAlarmInStep();
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes)
      .toBe(5);
    await fakeBrowser.storage.local.set({ [syncInterval.key]: { minutes: 1 } });
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes)
      .toBe(1);
  });

  it('leaves an alarm with the right period alone, so a worker restart does not delay the next sync', async () => {
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 15, when: 1234 });
    await ensureSyncAlarm(15);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(1234);
  });
});
