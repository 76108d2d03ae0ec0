import type { StoredLink, ThroughlineDb } from '../db/database';
import { mentionKeyOf } from '../db/mention-key';
import { ticketsByKey } from '../db/queries/tickets-by-key';
import type { SearchDoc } from './documents';
import { ENTITIES_VERSION_KEY } from '../db/entities-version';
import type { EntitySnapshot, SnapshotDoc } from './entity-snapshot';
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

const titlesById = new WeakMap<readonly SnapshotDoc[], Map<string, SearchDoc>>();

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
  const { docs } = snapshot;
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
  const byId = docsById(docs);
  const detailOf = (link: StoredLink) =>
    (link.intentId && byId.get(`intent:${link.intentId}`)?.title) ||
    (link.bucketId ? byId.get(`bucket:${link.bucketId}`)?.title : undefined);
  const tickets = ticketHits(
    { exact: found.exact.filter(named), prefixed: found.prefixed },
    prefix ? keyPrefixMatch(prefix) : 'key-word',
    detailOf,
  );
  return [...tickets, ...entityHits(docs, query)].sort(byRank);
}

function docsById(docs: readonly SnapshotDoc[]): Map<string, SearchDoc> {
  let map = titlesById.get(docs);
  if (!map) titlesById.set(docs, (map = new Map(docs.map(({ doc }) => [doc.id, doc]))));
  return map;
}
