import type { Bucket, Goal, Intent, Mission } from '../../schema/entities';
import type { StoredLink, ThroughlineDb } from '../database';
import { isLiveLink } from './live-link';

/*
 * One entity with what its page shows around it (an intent's goal, mission, bucket and tickets; a
 * goal's intents; …), each read in one transaction so a sync is seen whole or not at all.
 */

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
      const links = (await db.links.where('intentId').equals(intentId).toArray()).filter(
        isLiveLink,
      );
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
    const directLinks = await db.links
      .where('bucketId')
      .equals(bucketId)
      .filter(isLiveLink)
      .count();
    return { bucket, intents, directLinks };
  });
}
