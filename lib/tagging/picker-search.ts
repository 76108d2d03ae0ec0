import { liveQuery, type Subscription } from 'dexie';
import type { ThroughlineDb } from '../db/database';
import { toSearchDocs } from '../search/documents';
import { SearchIndex } from '../search/search-index';
import type { PickerOption } from './picker-option';

const PICKABLE = ['intent', 'bucket'] as const;

/**
 * The tag picker's search, run in the worker (the sidebar frame has no storage of its own). The
 * index is built on first use and kept current by a live query while the worker lives.
 */
export function createPickerSearch(db: ThroughlineDb) {
  const index = new SearchIndex();
  let ready: Promise<void> | undefined;
  let subscription: Subscription | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      subscription = liveQuery(async () => {
        const [buckets, missions, goals, intents] = await Promise.all([
          db.buckets.toArray(),
          db.missions.toArray(),
          db.goals.toArray(),
          db.intents.toArray(),
        ]);
        return toSearchDocs({ buckets, missions, goals, intents, links: [] });
      }).subscribe({
        next: (docs) => {
          index.update(docs);
          resolve();
        },
        error: reject,
      });
    });

  return {
    async search(query: string, limit: number): Promise<PickerOption[]> {
      ready ??= start();
      await ready;
      if (!query.trim())
        return (await db.buckets.toArray()).map((b) => ({
          kind: 'bucket',
          id: b.id,
          title: b.name,
        }));
      return index.search(query, { kinds: PICKABLE, limit }).map(({ doc }) => ({
        kind: doc.kind as PickerOption['kind'],
        id: doc.entityId,
        title: doc.title,
        detail: doc.detail,
      }));
    },
    stop: () => subscription?.unsubscribe(),
  };
}
