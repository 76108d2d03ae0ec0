import type { StoredLink, ThroughlineDb } from '../database';
import { isLiveLink } from './live-link';

export interface NoFitLinks {
  /** Every live "no intent fits" link, including those past `limit`. */
  total: number;
  /** The newest first (by when they were tagged). */
  items: StoredLink[];
}

/** What the popup shows before "Show more". */
export const NO_FIT_FIRST_PAGE = 3;

const newestFirst = (a: StoredLink, b: StoredLink) =>
  a.linkedAt < b.linkedAt ? 1 : a.linkedAt > b.linkedAt ? -1 : a.id < b.id ? -1 : 1;

/**
 * Tickets someone said no intent fits, with their notes (DESIGN.md "link": `noFit`), newest
 * first: where work escapes the map of intents, for product operations to fix it.
 *
 * No index names them (`noFit: true` is no IndexedDB key, and schema v6 adds none to links), but a
 * no-fit link is the only kind with neither an intent nor a bucket: its id is in the primary keys
 * and in neither of those indexes. Reading keys only (no values) is what keeps this fast at 100k
 * links (bench: "popup, no intent fits"); then only the no-fit rows are read.
 */
export async function noFitLinks(
  db: ThroughlineDb,
  { limit = NO_FIT_FIRST_PAGE }: { limit?: number } = {},
): Promise<NoFitLinks> {
  const [all, withIntent, withBucket] = await Promise.all([
    db.links.toCollection().primaryKeys(),
    db.links.orderBy('intentId').primaryKeys(),
    db.links.orderBy('bucketId').primaryKeys(),
  ]);
  const targeted = new Set([...withIntent, ...withBucket]);
  const candidates = all.filter((id) => !targeted.has(id));
  const rows = await db.links.bulkGet(candidates);
  const noFit = rows.filter(
    (link): link is StoredLink => link !== undefined && link.noFit === true && isLiveLink(link),
  );
  return { total: noFit.length, items: noFit.sort(newestFirst).slice(0, limit) };
}
