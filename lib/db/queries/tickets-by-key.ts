import type { StoredLink, ThroughlineDb } from '../database';
import { isLiveLink } from './live-link';

/**
 * Tagged tickets found by their key through the `mentionKey` index (lowercase keys: `pay-42`,
 * `acme/app#42`), without reading the other links: those whose key is one of `exact`, and up to
 * `limit` whose key starts with `prefix`, in key order. Runs in the caller's transaction if any.
 */
export async function ticketsByKey(
  db: ThroughlineDb,
  exact: readonly string[],
  prefix: string | undefined,
  limit: number,
): Promise<{ exact: StoredLink[]; prefixed: StoredLink[] }> {
  return db.transaction('r', db.links, async () => {
    const [exactRows, prefixed] = await Promise.all([
      exact.length > 0
        ? db.links
            .where('mentionKey')
            .anyOf([...exact])
            .toArray()
        : [],
      prefix ? db.links.where('mentionKey').startsWith(prefix).limit(limit).toArray() : [],
    ]);
    return { exact: exactRows.filter(isLiveLink), prefixed: prefixed.filter(isLiveLink) };
  });
}
