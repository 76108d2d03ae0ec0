import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPage } from '../../../lib/db/apply-changes';
import { openDb, type ThroughlineDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createMessageRouter } from '../../../lib/messaging/router';
import { demoSyncChanges } from '../../lib/search/demo-corpus';

export const CONNECTION = {
  apiUrl: 'https://context.acme.com',
  token: 'secret-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

/**
 * The database the options page opens (the extension's one), emptied, and the worker's real
 * message handlers behind the fake browser's runtime, answering as to the options page.
 */
export async function freshOptionsWorld(): Promise<{ db: ThroughlineDb; syncRequests: number[] }> {
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
  const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('options.html') };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = router(message, page);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
  return { db, syncRequests };
}

/** Connected to Acme and synced a minute ago, with the demo context. */
export async function seedConnected(db: ThroughlineDb): Promise<void> {
  await writeMeta(db, 'connection', CONNECTION);
  await writeMeta(db, 'syncStatus', {
    running: false,
    offline: false,
    lastSuccessAt: new Date(Date.now() - 60_000).toISOString(),
  });
  await applyPage(db, demoSyncChanges(), 'c1');
}

/** Every row of every table: to prove that something changed nothing. */
export function everything(db: ThroughlineDb) {
  return Promise.all(db.tables.map((table) => table.toArray()));
}
