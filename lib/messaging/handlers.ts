import { browser } from 'wxt/browser';
import type { ThroughlineDb } from '../db/database';
import { readMeta } from '../db/meta';
import { ticketSummaryFor } from '../db/queries/ticket-summary';
import { recordRecentTicket } from '../recent/record';
import { createPickerSearch } from '../tagging/picker-search';
import { WorkerSearch } from '../search/worker-search';
import { clearTag, setTag } from '../sync/tag';
import { connectWithSyncPaused } from '../connection/connect-from-form';
import { disconnect } from '../connection/disconnect';
import { resetLocalData } from '../connection/local-data';
import { isFullyManaged, loadManagedPolicy } from '../settings/managed-policy';
import { clearRecentTickets } from '../recent/record';
import { importContextFile } from '../standalone/import';
import { previewContextFile } from '../standalone/preview';
import { clearLocalTag, setLocalTag } from '../standalone/local-tag';
import { withSyncPaused } from '../sync/run';
import { discardSetAside, retrySetAside } from '../sync/set-aside';
import { loadHostOptions } from '../hosts/stored-sites';
import type { FrameBindings } from '../sidebar/frame-bindings';
import type { SummaryWatchers } from '../summary/summary-watchers';
import { mixBuckets } from '../marks/mix-buckets-of';
import { pageWordsFrom, type PageWords } from '../summary/page-words';
import type { Handlers } from './router';

/**
 * The worker's answer to each message. Tag changes are written locally first (so they show at
 * once and survive the worker being stopped), then `requestSync` pushes them.
 */
export function createHandlers(
  db: ThroughlineDb,
  requestSync: () => Promise<{ ok: boolean; error?: string }>,
  frames?: FrameBindings,
  summaries?: SummaryWatchers,
): Handlers {
  const picker = createPickerSearch(db);
  const popupSearch = new WorkerSearch(db);
  return {
    'picker.search': async ({ query, limit }) => ({ options: await picker.search(query, limit) }),
    'search.query': ({ query, perKind }) => popupSearch.search(query, perKind),
    'sync.now': () => requestSync(),
    'link.set': async (args) => {
      // Standalone mode has no server: the tag is final at once, nothing is queued or pushed.
      if (await readMeta(db, 'standalone')) return setLocalTag(db, args).then(() => ({ ok: true }));
      const connection = await readMeta(db, 'connection');
      if (!connection) return { ok: false, error: 'Connect Throughline to a context API first.' };
      await setTag(db, args, connection.userName);
      void requestSync();
      return { ok: true };
    },
    'link.clear': async ({ ticketId }) => {
      if (await readMeta(db, 'standalone'))
        return clearLocalTag(db, ticketId).then(() => ({ ok: true }));
      await clearTag(db, ticketId);
      void requestSync();
      return { ok: true };
    },
    'rejection.dismiss': async ({ ticketId }) => {
      await db.rejections.delete(ticketId);
      return { ok: true };
    },
    'outbox.retry': async ({ seq }) => {
      if (!(await retrySetAside(db, seq))) return { ok: false, error: 'Nothing to retry.' };
      void requestSync();
      return { ok: true };
    },
    'frame.token': async ({ ticketId }, sender) => ({
      token: (await frames?.issue(sender, ticketId, await loadHostOptions())) ?? null,
    }),
    'outbox.discard': async ({ seq }) => ({ ok: await discardSetAside(db, seq) }),
    'summary.watch': async ({ ticketId, title }, sender) => {
      // Every ticket page asks for its summary: that is what "opened lately" means (lib/recent/).
      void recordRecentTicket(db, { id: ticketId, title }).catch(() => undefined);
      const tickets = [{ id: ticketId, title }];
      const [summary] = summaries
        ? await summaries.watch(sender, 'summary', tickets)
        : await Promise.all(tickets.map((t) => ticketSummaryFor(db, t.id, t.title)));
      return { summary: summary ?? { ticketId }, words: pageWords() };
    },
    'summary.unwatch': async (_, sender) => {
      await summaries?.unwatch(sender, 'summary');
      return { ok: true };
    },
    // The sender guard let through only ids on the page's own tracker host (lib/marks/).
    'marks.watch': async ({ ticketIds, titles }, sender) => {
      const tickets = ticketIds.map((id, i) => ({ id, title: titles?.[i] ?? undefined }));
      const [found, buckets] = await Promise.all([
        summaries
          ? summaries.watch(sender, 'marks', tickets)
          : Promise.all(tickets.map((t) => ticketSummaryFor(db, t.id, t.title))),
        mixBuckets(db),
      ]);
      return { summaries: found, buckets, words: pageWords() };
    },
    'marks.unwatch': async (_, sender) => {
      await summaries?.unwatch(sender, 'marks');
      return { ok: true };
    },
    ...optionsPageHandlers(db, requestSync),
  };
}

/** The options page's operations on local data (issue 7); each waits for a running sync to end. */
function optionsPageHandlers(
  db: ThroughlineDb,
  requestSync: () => Promise<{ ok: boolean; error?: string }>,
): Pick<
  Handlers,
  | 'connection.connect'
  | 'connection.disconnect'
  | 'local.reset'
  | 'standalone.import'
  | 'standalone.remove'
  | 'standalone.preview'
  | 'recent.clear'
> {
  return {
    'connection.connect': async ({ apiUrl, token }) => {
      const reply = await connectWithSyncPaused(db, apiUrl, token);
      if (reply.ok) void requestSync();
      return reply;
    },
    'connection.disconnect': async () => {
      if (isFullyManaged(await loadManagedPolicy()))
        return {
          ok: false,
          error: 'Your organisation manages this connection; it cannot be removed here.',
        };
      await withSyncPaused(() => disconnect(db));
      // Signing out forgets everything stored locally, the tickets opened lately too.
      await clearRecentTickets(db);
      return { ok: true };
    },
    'local.reset': async () => {
      if (!(await readMeta(db, 'connection')))
        return {
          ok: false,
          error: 'Only a connected extension can reset: it reloads from the server.',
        };
      const { keptPending } = await withSyncPaused(() => resetLocalData(db));
      void requestSync();
      return { ok: true, keptPending };
    },
    'standalone.import': ({ text, fileName }) =>
      withSyncPaused(() => importContextFile(db, text, fileName)),
    'standalone.remove': async () => {
      if (!(await readMeta(db, 'standalone'))) return { ok: true };
      await withSyncPaused(() => disconnect(db));
      return { ok: true };
    },
    'standalone.preview': ({ text }) => previewContextFile(db, text),
    'recent.clear': async () => ({ ok: true, cleared: await clearRecentTickets(db) }),
  };
}

/** The page words in the browser's language, for a content script's answer. */
function pageWords(): PageWords {
  return pageWordsFrom(
    browser.i18n.getMessage as (name: string, substitutions: string[]) => string,
  );
}
