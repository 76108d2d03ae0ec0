import type { Handler } from 'hono';
import { SyncQuerySchema } from '../../lib/schema/sync';
import type { AppEnv } from '../http/env';
import { ApiError, invalidInput } from '../http/errors';
import type { Store } from '../store/store';
import { decodeCursor, encodeCursor, type Cursor } from '../sync/cursor';
import { readSyncPage } from '../sync/read-page';

const expired = () =>
  new ApiError(
    410,
    'cursor_expired',
    'The sync cursor is no longer valid; start over without a cursor',
  );

/**
 * GET /v1/sync. The cursor is checked against this server: a cursor from another workspace, or
 * one past the newest version here (the data was restored from an older backup), would make the
 * client miss changes, so it is answered 410 and the client starts over.
 */
export function handleSync(store: Store): Handler<AppEnv> {
  return async (c) => {
    const limit = SyncQuerySchema.shape.limit.safeParse(c.req.query('limit'));
    if (!limit.success) throw invalidInput('limit must be an integer from 1 to 5000');
    // Read before the page: every version at or below it is already committed and visible to
    // the page's query, which is what the bootstrap horizon needs (see server/versions.ts).
    const [state] = await store.query<{ id: string; v: number | string }>(
      'SELECT w.id, c.v FROM workspace w CROSS JOIN version_counter c',
    );
    if (state === undefined) throw new Error('workspace or version_counter row missing');
    const head = Number(state.v);
    const text = c.req.query('cursor');
    let from: Cursor;
    if (text === undefined || text === '') from = { w: state.id, v: 0, b: head };
    else {
      const cursor = decodeCursor(text);
      if (cursor === null || cursor.w !== state.id || cursor.v > head || cursor.b > head)
        throw expired();
      from = cursor;
    }
    const page = await readSyncPage(store, from, limit.data);
    // Spliced as text: the changes arrive from the database as JSON already (see read-page.ts).
    const cursor = JSON.stringify(encodeCursor(page.cursor));
    const body = `{"cursor":${cursor},"more":${page.more},"changes":${page.changesJson}}`;
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  };
}
