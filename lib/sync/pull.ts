import type { ApiClient } from '../api/client';
import { ApiFailure } from '../api/errors';
import { applyPage } from '../db/apply-changes';
import type { ThroughlineDb } from '../db/database';
import { readMeta } from '../db/meta';
import { entityTables } from '../db/tables';
import { SYNC_LIMIT_DEFAULT, SYNC_LIMIT_MAX, type SyncPage } from '../schema/sync';

export interface PullResult {
  pages: number;
  applied: number;
  rebuilt: boolean;
}

const MAX_PAGES_PER_RUN = 10_000;

/**
 * Follows the feed from the stored cursor until `more` is false. Without a cursor the feed is a
 * snapshot of the current state, with no deletes: rows kept locally that it does not mention (a
 * tag confirmed as `duplicate` after another client cleared it, rows kept through a reset) are
 * stale, so a pull from no cursor is a rebuild.
 */
export async function pull(
  db: ThroughlineDb,
  api: ApiClient,
  pageSize?: number,
): Promise<PullResult> {
  try {
    const cursor = await readMeta(db, 'cursor');
    if (cursor === undefined) return await rebuild(db, api, pageSize);
    return await followFeed(db, api, cursor, pageSize);
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.kind !== 'cursor-expired') throw error;
    return { ...(await rebuild(db, api, pageSize)), rebuilt: true };
  }
}

async function followFeed(
  db: ThroughlineDb,
  api: ApiClient,
  cursor: string | undefined,
  pageSize: number | undefined,
  seen?: Set<string>,
): Promise<PullResult> {
  let pages = 0;
  let applied = 0;
  let next = cursor;
  let limit = pageSize;
  // Every cursor this run was at: a feed that leads back to one would be followed forever.
  const visited = new Set<string>(next === undefined ? [] : [next]);
  for (let more = true; more && pages < MAX_PAGES_PER_RUN; pages++) {
    let page: SyncPage;
    try {
      page = await api.syncPage(next, limit);
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.kind !== 'answer-too-large') throw error;
      const smaller = Math.floor((limit ?? SYNC_LIMIT_DEFAULT) / 2);
      if (smaller < 1) throw error;
      limit = smaller;
      pages--;
      continue;
    }
    checkPage(page, visited);
    visited.add(page.cursor);
    if (seen) for (const change of page.changes) seen.add(keyOfRawChange(change));
    applied += await applyPage(db, page.changes, page.cursor);
    next = page.cursor;
    more = page.more;
  }
  return { pages, applied, rebuilt: false };
}

/**
 * What the contract promises of a page, checked before anything of it is stored: at most 5,000
 * changes, and a cursor that moves on while there is more. A page breaking either is refused; the
 * run fails and is retried with backoff, never looped on.
 */
function checkPage(page: SyncPage, visited: ReadonlySet<string>): void {
  if (page.changes.length > SYNC_LIMIT_MAX)
    throw new ApiFailure(
      'not-throughline',
      `a sync page held ${page.changes.length} changes, more than ${SYNC_LIMIT_MAX}`,
    );
  if (page.more && visited.has(page.cursor))
    throw new ApiFailure('not-throughline', 'the sync feed did not move past its cursor');
}

/**
 * The server no longer serves our cursor: bootstrap again over the existing rows (so the sidebar
 * never sees an empty store), then drop the rows the new snapshot did not mention.
 */
async function rebuild(
  db: ThroughlineDb,
  api: ApiClient,
  pageSize: number | undefined,
): Promise<PullResult> {
  // A first bootstrap into an empty store (the usual case) has nothing stale to look for.
  const counts = await Promise.all(entityTables(db).map((table) => table.count()));
  if (counts.every((count) => count === 0)) return followFeed(db, api, undefined, pageSize);
  const seen = new Set<string>();
  const result = await followFeed(db, api, undefined, pageSize, seen);
  await db.transaction('rw', entityTables(db), async () => {
    for (const [type, table] of [
      ['bucket', db.buckets],
      ['mission', db.missions],
      ['goal', db.goals],
      ['intent', db.intents],
      ['rule', db.rules],
    ] as const) {
      const stale = (await table.toCollection().primaryKeys()).filter(
        (id) => !seen.has(`${type}:${id}`),
      );
      await table.bulkDelete(stale);
    }
    // Keys only (a bootstrap may bring 100k links); pending ones are the outbox's to settle.
    const pending = new Set(await db.links.where('pending').anyOf('set', 'clear').primaryKeys());
    const staleLinks = (await db.links.toCollection().primaryKeys()).filter(
      (id) => !pending.has(id) && !seen.has(`link:${id}`),
    );
    await db.links.bulkDelete(staleLinks);
  });
  return result;
}

function keyOfRawChange(change: unknown): string {
  if (typeof change !== 'object' || change === null) return '';
  const { type, id } = change as { type?: unknown; id?: unknown };
  return `${String(type)}:${String(id)}`;
}
