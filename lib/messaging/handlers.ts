import type { ThroughlineDb } from '../db/database';
import { readMeta } from '../db/meta';
import { createPickerSearch } from '../sidebar/picker-search';
import { sidebarStateFor } from '../sidebar/state';
import { clearTag, setTag } from '../sync/tag';
import type { Handlers } from './router';

/**
 * The worker's answer to each message. Tag changes are written locally first (so they show at
 * once and survive the worker being stopped), then `requestSync` pushes them.
 */
export function createHandlers(
  db: ThroughlineDb,
  requestSync: () => Promise<{ ok: boolean; error?: string }>,
): Handlers {
  const picker = createPickerSearch(db);
  return {
    'picker.search': async ({ query, limit }) => ({ options: await picker.search(query, limit) }),
    'sync.now': () => requestSync(),
    'sync.status': async () => ({
      status: (await readMeta(db, 'syncStatus')) ?? null,
      pending: await db.outbox.count(),
      connected: (await readMeta(db, 'connection')) !== undefined,
    }),
    'context.get': ({ ticketId }) => sidebarStateFor(db, ticketId),
    'link.set': async (args) => {
      const connection = await readMeta(db, 'connection');
      if (!connection) return { ok: false, error: 'Connect Throughline to a context API first.' };
      await setTag(db, args, connection.userName);
      void requestSync();
      return { ok: true };
    },
    'link.clear': async ({ ticketId }) => {
      await clearTag(db, ticketId);
      void requestSync();
      return { ok: true };
    },
    'rejection.dismiss': async ({ ticketId }) => {
      await db.rejections.delete(ticketId);
      return { ok: true };
    },
  };
}
