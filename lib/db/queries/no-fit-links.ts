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
 * first: where work escapes the map of intents, for product operations to fix it. No index holds
 * them (schema v6 adds none), so this reads the links once; fine for the thousands of links a
 * workspace syncs, and the first thing to index if workspaces with 100k links find it slow.
 */
export async function noFitLinks(
  db: ThroughlineDb,
  { limit = NO_FIT_FIRST_PAGE }: { limit?: number } = {},
): Promise<NoFitLinks> {
  const all = await db.links.filter((link) => link.noFit === true && isLiveLink(link)).toArray();
  return { total: all.length, items: all.sort(newestFirst).slice(0, limit) };
}
