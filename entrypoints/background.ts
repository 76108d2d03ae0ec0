import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/db/database';
import { createMessageRouter } from '../lib/messaging/router';
import { serveSidebarPort } from '../lib/sidebar/serve-sidebar-port';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES } from '../lib/sync/schedule';
import { syncOnce } from '../lib/sync/run';

export default defineBackground(() => {
  const db = openDb();
  const sync = async () => {
    const outcome = await syncOnce(db);
    return outcome.ok
      ? { ok: true }
      : { ok: false, error: 'error' in outcome ? outcome.error : 'Not connected' };
  };

  browser.runtime.onMessage.addListener(
    createMessageRouter(browser.runtime.id, { 'sync.now': sync }),
  );
  browser.runtime.onConnect.addListener((port) => serveSidebarPort(db, port, browser.runtime.id));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync();
  });
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  void sync();
});
