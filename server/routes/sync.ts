import type { Handler } from 'hono';
import { SyncQuerySchema } from '../../lib/schema/sync';
import type { AppEnv } from '../http/env';
import { ApiError, invalidInput } from '../http/errors';
import type { Store } from '../store/store';
import { decodeCursor, encodeCursor, type Cursor } from '../sync/cursor';
import { isBelowPruningHorizon, readFeedState, whyCursorExpired } from '../sync/feed-state';
import { readSyncPage } from '../sync/read-page';

const expired = (why: string) =>
  new ApiError(
    410,
    'cursor_expired',
    `The sync cursor is no longer valid (${why}); start over without a cursor`,
  );

/**
 * GET /v1/sync. A cursor this server cannot serve completely is answered 410 and the client
 * starts over (see whyCursorExpired).
 */
export function handleSync(store: Store): Handler<AppEnv> {
  return async (c) => {
    const limit = SyncQuerySchema.shape.limit.safeParse(c.req.query('limit'));
    if (!limit.success) throw invalidInput('limit must be an integer from 1 to 5000');
    // Read before the page: every version at or below the head is already committed and visible
    // to the page's query, which is what the bootstrap horizon needs (see server/versions.ts).
    const state = await readFeedState(store);
    const text = c.req.query('cursor');
    let from: Cursor;
    if (text === undefined || text === '') from = { w: state.workspaceId, v: 0, b: state.head };
    else {
      const cursor = decodeCursor(text);
      if (cursor === null) throw expired('it is not a cursor this server issued');
      const why = whyCursorExpired(cursor, state);
      if (why !== null) throw expired(why);
      from = cursor;
    }
    // Most polls find nothing new: a cursor at the head needs no page query (see feed-state.ts;
    // a cursor at or past the head has passed the expiry checks above against the same state).
    if (from.v >= state.head)
      return c.json({ cursor: encodeCursor(from), more: false, changes: [] });
    const page = await readSyncPage(store, from, limit.data);
    if (isBelowPruningHorizon(from, page.prunedThrough))
      throw expired('deletes it has not seen were pruned');
    // Spliced as text: the changes arrive from the database as JSON already (see read-page.ts).
    const cursor = JSON.stringify(encodeCursor(page.cursor));
    const body = `{"cursor":${cursor},"more":${page.more},"changes":${page.changesJson}}`;
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  };
}
