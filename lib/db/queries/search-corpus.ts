import type { ThroughlineDb } from '../database';
import { isLiveLink } from './live-link';

/**
 * Everything search covers: the whole context and every tagged ticket, read in one transaction so
 * a sync committing meanwhile is seen whole or not at all.
 */
export async function loadSearchCorpus(db: ThroughlineDb) {
  return db.transaction(
    'r',
    [db.buckets, db.missions, db.goals, db.intents, db.links],
    async () => {
      const [buckets, missions, goals, intents, links] = await Promise.all([
        db.buckets.toArray(),
        db.missions.toArray(),
        db.goals.toArray(),
        db.intents.toArray(),
        db.links.toArray(),
      ]);
      return { buckets, missions, goals, intents, links: links.filter(isLiveLink) };
    },
  );
}
