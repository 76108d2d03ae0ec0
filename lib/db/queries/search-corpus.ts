import type { ThroughlineDb } from '../database';
import { ENTITIES_VERSION_KEY } from '../entities-version';
import { isLiveLink } from './live-link';

/**
 * Everything search covers: the whole context and every tagged ticket, read in one transaction so
 * a sync committing meanwhile is seen whole or not at all, with the `entitiesVersion` the
 * entities were read at (undefined: none ever written), which labels what is saved of them.
 */
export async function loadSearchCorpus(db: ThroughlineDb) {
  return db.transaction(
    'r',
    [db.buckets, db.missions, db.goals, db.intents, db.links, db.meta],
    async () => {
      const [buckets, missions, goals, intents, links, version] = await Promise.all([
        db.buckets.toArray(),
        db.missions.toArray(),
        db.goals.toArray(),
        db.intents.toArray(),
        db.links.toArray(),
        db.meta.get(ENTITIES_VERSION_KEY),
      ]);
      const entitiesVersion = typeof version?.value === 'string' ? version.value : undefined;
      return {
        buckets,
        missions,
        goals,
        intents,
        links: links.filter(isLiveLink),
        entitiesVersion,
      };
    },
  );
}

/** The same without the links: a tenth of the documents, what a first answer needs. */
export async function loadSearchEntities(db: ThroughlineDb) {
  return db.transaction('r', [db.buckets, db.missions, db.goals, db.intents, db.meta], async () => {
    const [buckets, missions, goals, intents, version] = await Promise.all([
      db.buckets.toArray(),
      db.missions.toArray(),
      db.goals.toArray(),
      db.intents.toArray(),
      db.meta.get(ENTITIES_VERSION_KEY),
    ]);
    const entitiesVersion = typeof version?.value === 'string' ? version.value : undefined;
    return { buckets, missions, goals, intents, links: [], entitiesVersion };
  });
}
