import type { ThroughlineDb } from '../database';
import { isLiveLink } from './live-link';

/** A project's tagged tickets, with what the investment mix needs to resolve their buckets. */
export async function projectMixInputs(db: ThroughlineDb, idPrefixes: readonly string[]) {
  return db.transaction('r', [db.links, db.intents, db.buckets], async () => {
    const links = (
      await db.links
        .where('id')
        .startsWithAnyOf([...idPrefixes])
        .toArray()
    ).filter(isLiveLink);
    const intentIds = [...new Set(links.flatMap((link) => (link.intentId ? [link.intentId] : [])))];
    const intents = await db.intents.bulkGet(intentIds);
    const bucketOfIntent = new Map(intentIds.map((id, i) => [id, intents[i]?.bucketId]));
    return { links, bucketOfIntent, buckets: await db.buckets.toArray() };
  });
}
