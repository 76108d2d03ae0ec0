import type { Bucket, Goal, Intent, Mission } from '../../schema/entities';
import type { StoredLink, ThroughlineDb } from '../database';

/**
 * Read-only queries behind the popup. Each runs in one read transaction, so a sync committing
 * meanwhile is seen whole or not at all. A link with a pending local untag counts as gone.
 */
const live = (link: StoredLink) => link.pending !== 'clear';

/** Everything the popup searches: the whole context and every tagged ticket. */
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
      return { buckets, missions, goals, intents, links: links.filter(live) };
    },
  );
}

export interface IntentDetail {
  intent: Intent;
  goal?: Goal;
  mission?: Mission;
  bucket?: Bucket;
  links: StoredLink[];
}

export async function intentDetail(
  db: ThroughlineDb,
  intentId: string,
): Promise<IntentDetail | null> {
  return db.transaction(
    'r',
    [db.intents, db.goals, db.missions, db.buckets, db.links],
    async () => {
      const intent = await db.intents.get(intentId);
      if (!intent) return null;
      const goal = await db.goals.get(intent.goalId);
      const mission = goal ? await db.missions.get(goal.missionId) : undefined;
      const bucket = intent.bucketId ? await db.buckets.get(intent.bucketId) : undefined;
      const links = (await db.links.where('intentId').equals(intentId).toArray()).filter(live);
      return { intent, goal, mission, bucket, links };
    },
  );
}

export interface GoalDetail {
  goal: Goal;
  mission?: Mission;
  intents: Intent[];
}

export async function goalDetail(db: ThroughlineDb, goalId: string): Promise<GoalDetail | null> {
  return db.transaction('r', [db.goals, db.missions, db.intents], async () => {
    const goal = await db.goals.get(goalId);
    if (!goal) return null;
    const mission = await db.missions.get(goal.missionId);
    const intents = await db.intents.where('goalId').equals(goalId).toArray();
    return { goal, mission, intents };
  });
}

export async function missionDetail(db: ThroughlineDb, missionId: string) {
  return db.transaction('r', [db.missions, db.goals], async () => {
    const mission = await db.missions.get(missionId);
    if (!mission) return null;
    return { mission, goals: await db.goals.where('missionId').equals(missionId).toArray() };
  });
}

export async function bucketDetail(db: ThroughlineDb, bucketId: string) {
  return db.transaction('r', [db.buckets, db.intents, db.links], async () => {
    const bucket = await db.buckets.get(bucketId);
    if (!bucket) return null;
    const intents = await db.intents.where('bucketId').equals(bucketId).toArray();
    const directLinks = await db.links.where('bucketId').equals(bucketId).filter(live).count();
    return { bucket, intents, directLinks };
  });
}

/** A project's tagged tickets, with what the investment mix needs to resolve their buckets. */
export async function projectMixInputs(db: ThroughlineDb, idPrefixes: readonly string[]) {
  return db.transaction('r', [db.links, db.intents, db.buckets], async () => {
    const links = (
      await db.links
        .where('id')
        .startsWithAnyOf([...idPrefixes])
        .toArray()
    ).filter(live);
    const intentIds = [...new Set(links.flatMap((link) => (link.intentId ? [link.intentId] : [])))];
    const intents = await db.intents.bulkGet(intentIds);
    const bucketOfIntent = new Map(intentIds.map((id, i) => [id, intents[i]?.bucketId]));
    return { links, bucketOfIntent, buckets: await db.buckets.toArray() };
  });
}

/** Tags made here and not yet delivered to the context API. */
export function pendingTagCount(db: ThroughlineDb): Promise<number> {
  return db.outbox.count();
}
