import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPage } from '../../lib/db/apply-changes';
import { openDb, type ThroughlineDb } from '../../lib/db/database';
import { writeMeta, type Connection } from '../../lib/db/meta';
import { createHandlers } from '../../lib/messaging/handlers';
import { createMessageRouter } from '../../lib/messaging/router';
import { demoSyncChanges } from '../lib/search/demo-corpus';

/**
 * The database an extension page opens (the extension's one), emptied, and the worker's real
 * message handlers behind the fake browser's runtime, answering as to `page` (e.g. popup.html).
 */
export async function freshExtensionPageWorld(
  page: string,
): Promise<{ db: ThroughlineDb; syncRequests: number[] }> {
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
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${page}`) };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = router(message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
  return { db, syncRequests };
}

/** Connected, synced a minute ago, with the demo context (server/seed/demo.yaml). */
export async function seedConnectedDemo(db: ThroughlineDb, connection: Connection): Promise<void> {
  await writeMeta(db, 'connection', connection);
  await writeMeta(db, 'syncStatus', {
    running: false,
    offline: false,
    lastSuccessAt: new Date(Date.now() - 60_000).toISOString(),
  });
  await applyPage(db, demoSyncChanges(), 'c1');
}
