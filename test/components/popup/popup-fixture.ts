import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPage } from '../../../lib/db/apply-changes';
import { openDb, type ThroughlineDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createMessageRouter } from '../../../lib/messaging/router';
import { demoSyncChanges } from '../../lib/search/demo-corpus';

// jsdom lacks what cmdk calls on real pages: layout observers and scrolling into view.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

export const CONNECTION = {
  apiUrl: 'https://api.example.com',
  token: 'secret-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

/**
 * The database the popup opens (the extension's one), emptied, and the worker's real message
 * handlers behind the fake browser's runtime, answering as to the popup page.
 */
export async function freshPopupWorld(): Promise<{ db: ThroughlineDb; syncRequests: number[] }> {
  fakeBrowser.reset();
  const db = openDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  const syncRequests: number[] = [];
  const router = createMessageRouter(
    fakeBrowser.runtime.id,
    fakeBrowser.runtime.getURL('/'),
    createHandlers(db, async () => {
      syncRequests.push(Date.now());
      return { ok: true };
    }),
  );
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup.html') };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = router(message, popup);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
  return { db, syncRequests };
}

/** The demo context (server/seed/demo.yaml), synced a minute ago. */
export async function seedDemo(db: ThroughlineDb): Promise<void> {
  await writeMeta(db, 'connection', CONNECTION);
  await writeMeta(db, 'syncStatus', {
    running: false,
    offline: false,
    lastSuccessAt: new Date(Date.now() - 60_000).toISOString(),
  });
  await applyPage(db, demoSyncChanges(), 'c1');
}
