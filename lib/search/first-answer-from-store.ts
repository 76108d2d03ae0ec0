import type { StoredLink, ThroughlineDb } from '../db/database';
import { mentionKeyOf } from '../db/mention-key';
import { ticketsByKey } from '../db/queries/tickets-by-key';
import { ENTITIES_VERSION_KEY } from '../db/entities-version';
import type { EntitySnapshot } from './entity-snapshot';
import { exactKeyCandidates } from './exact-key';
import { entityHits, ticketHits } from './first-answer';
import {
  byRank,
  isSearchable,
  KEY_PREFIX_LIMIT,
  keyPrefixMatch,
  keyPrefixOf,
  type SearchHit,
} from './search-index';

/**
 * What a worker still building its index answers (lib/search/worker-search.ts): entities from the
 * saved snapshot, tickets by key from the `mentionKey` index (a few reads, not 100k links), the
 * same match kinds and order as the index gives them. Undefined when the entities have changed
 * since the snapshot was written (a sync meanwhile): then only the index can answer.
 */
export async function firstAnswer(
  db: ThroughlineDb,
  snapshot: EntitySnapshot,
  query: string,
): Promise<SearchHit[] | undefined> {
  const candidates = isSearchable(query) ? exactKeyCandidates(query) : [];
  const prefix = isSearchable(query) ? keyPrefixOf(query) : undefined;
  const [version, found] = await db.transaction('r', [db.meta, db.links], () =>
    Promise.all([
      db.meta.get(ENTITIES_VERSION_KEY),
      ticketsByKey(db, [...new Set(candidates.map(mentionKeyOf))], prefix, KEY_PREFIX_LIMIT),
    ]),
  );
  if (version?.value !== snapshot.entitiesVersion) return undefined;
  if (!isSearchable(query)) return [];
  // The index finds a ticket exactly by its key or its canonical id; the same key on another
  // host is not that ticket.
  const named = (link: StoredLink) =>
    candidates.includes(link.id.toLowerCase()) || candidates.includes(mentionKeyOf(link.id));
  const detailOf = (link: StoredLink) =>
    (link.intentId && snapshot.title(`intent:${link.intentId}`)) ||
    (link.bucketId ? snapshot.title(`bucket:${link.bucketId}`) : undefined);
  const tickets = ticketHits(
    { exact: found.exact.filter(named), prefixed: found.prefixed },
    prefix ? keyPrefixMatch(prefix) : 'key-word',
    detailOf,
  );
  return [...tickets, ...entityHits(snapshot, query)].sort(byRank);
}
