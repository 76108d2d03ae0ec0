import type { Queryable } from '../store/store';
import type { Cursor } from './cursor';

export interface SyncPageResult {
  cursor: Cursor;
  more: boolean;
  /** The page's changes as a JSON array, ready to be sent. */
  changesJson: string;
  /**
   * The tombstone-pruning horizon as this page's own snapshot saw it: the caller compares it with
   * the cursor again, since pruning may have committed after the cursor was first checked.
   */
  prunedThrough: number;
}

/*
 * The page is assembled inside PostgreSQL as one JSON text. Decoding 1000 rows into JS objects and
 * encoding them again cost ~15 ms on PGlite, most of the 20 ms budget for a page; one text value
 * costs ~5 ms. `data` is stored exactly as served (001_init.sql), and `type` is one of five fixed
 * words (a CHECK constraint), so only `id` needs JSON escaping here.
 *
 * One row past the limit is read to learn whether there is more; row_number() keeps it out of
 * the page. It is one statement, so the rows and the horizon come from one snapshot.
 */
const PAGE_SQL = `
  WITH page AS (
    SELECT type, id, version, deleted, data, row_number() OVER (ORDER BY version) AS n
    FROM entities
    WHERE version > $1 AND (NOT deleted OR version > $2)
    ORDER BY version
    LIMIT $3 + 1
  )
  SELECT
    count(*) AS fetched,
    max(version) FILTER (WHERE n <= $3) AS last,
    coalesce(string_agg(
      CASE WHEN deleted
        THEN json_build_object('type', type, 'op', 'delete', 'id', id, 'version', version)::text
        ELSE '{"type":"' || type || '","op":"put","id":' || to_json(id)::text
          || ',"version":' || version || ',"data":' || data::text || '}'
      END, ',' ORDER BY version) FILTER (WHERE n <= $3), '') AS changes,
    (SELECT pruned_through FROM feed_horizon) AS pruned_through
  FROM page`;

/**
 * The changes after `from.v`, oldest first, at most `limit` of them. The table is a compacted log,
 * so an entity changed several times since the cursor appears once, at its latest version.
 * Tombstones at or below the bootstrap horizon `from.b` are skipped: they delete entities the
 * client, which started from nothing after they happened, never received.
 */
export async function readSyncPage(
  db: Queryable,
  from: Cursor,
  limit: number,
): Promise<SyncPageResult> {
  const [row] = await db.query<{
    fetched: number | string;
    last: number | string | null;
    changes: string;
    pruned_through: number | string;
  }>(PAGE_SQL, [from.v, from.b, limit]);
  const more = Number(row?.fetched ?? 0) > limit;
  let v = row?.last == null ? from.v : Number(row.last);
  // Once a bootstrap has read everything up to its horizon, the horizon has done its job; moving
  // the cursor to it keeps later reads from re-scanning the skipped tombstones.
  if (!more) v = Math.max(v, from.b);
  return {
    cursor: { ...from, v },
    more,
    changesJson: `[${row?.changes ?? ''}]`,
    prunedThrough: Number(row?.pruned_through ?? 0),
  };
}
