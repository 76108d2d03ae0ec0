import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/db/database';
import { trustLocalWrites } from '../lib/db/sole-writer';
import { keepSiteScriptsInSync } from '../lib/hosts/site-scripts';
import { createHandlers } from '../lib/messaging/handlers';
import { createMessageRouter } from '../lib/messaging/router';
import { toggleSidebarOpen } from '../lib/sidebar/open-state';
import { FrameBindings } from '../lib/sidebar/frame-bindings';
import { createSenderGuard } from '../lib/sidebar/sender-guard';
import { serveSidebarPort } from '../lib/sidebar/serve-sidebar-port';
import { sessionPersist } from '../lib/sidebar/session-persist';
import { ticketSummaryFor } from '../lib/db/queries/ticket-summary';
import { SummaryWatchers } from '../lib/summary/summary-watchers';
import { loadHostOptions } from '../lib/hosts/stored-sites';
import { nextAttemptDelayMs } from '../lib/sync/backoff';
import { syncOnce } from '../lib/sync/run';
import { RETRY_ALARM, SYNC_ALARM } from '../lib/sync/schedule';
import { applyManagedConnection } from '../lib/connection/managed-connection';
import { loadManagedPolicy, watchManagedPolicy } from '../lib/settings/managed-policy';
import { keepSyncAlarmInStep } from '../lib/settings/sync-alarm';

export default defineBackground(() => {
  const db = openDb();
  // Only the worker writes the store: what it keeps in memory of it needs no re-check.
  trustLocalWrites(db);

  const sync = async () => {
    // Browser policy may set the API URL and token (lib/settings/managed-policy.ts).
    await applyManagedConnection(db, await loadManagedPolicy()).catch(() => undefined);
    const outcome = await syncOnce(db);
    if (outcome.ok) return { ok: true };
    if ('notConnected' in outcome) return { ok: false, error: 'Not connected' };
    // Alarms survive the worker being stopped; a timer would not.
    const delay = nextAttemptDelayMs(outcome.failures, outcome.retryAfterMs);
    void browser.alarms.create(RETRY_ALARM, { when: Date.now() + delay });
    return { ok: false, error: outcome.error };
  };

  // Which sidebar frame belongs to which content script (lib/sidebar/frame-bindings.ts).
  const frames = new FrameBindings(sessionPersist('frameBindings'));
  // The summaries content scripts draw, kept up to date in every open tab (lib/summary/).
  const summaries = new SummaryWatchers(
    (tickets) => Promise.all(tickets.map(({ id, title }) => ticketSummaryFor(db, id, title))),
    async (tabId, frameId, message) =>
      void (await browser.tabs.sendMessage(tabId, message, { frameId })),
    sessionPersist('summaryWatchers'),
  );
  void summaries.restore();
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(
    createMessageRouter(
      browser.runtime.id,
      origin,
      createHandlers(db, sync, frames, summaries),
      createSenderGuard(frames, origin, loadHostOptions),
    ),
  );
  browser.runtime.onConnect.addListener((port) =>
    serveSidebarPort(db, port, browser.runtime.id, frames),
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    void frames.forgetTab(tabId);
    void summaries.forgetTab(tabId);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void sync();
  });
  self.addEventListener('online', () => void sync());
  browser.commands.onCommand.addListener((command) => {
    // Every ticket page follows the stored state; no tab needs to be asked.
    if (command === 'toggle-sidebar') void toggleSidebarOpen();
  });
  keepSyncAlarmInStep(); // the interval chosen in the options page
  watchManagedPolicy(() => void sync());
  void sync();

  // Content scripts for the self-hosted sites added in the options page.
  keepSiteScriptsInSync();
});
