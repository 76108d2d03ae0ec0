import type { Bucket, Goal, Intent, Mission } from '../schema/entities';
import type { StoredLink, ThroughlineDb } from './database';

/** Everything the sidebar shows for one ticket, resolved from local rows only. */
export interface TicketContext {
  link: StoredLink;
  intent?: Intent;
  goal?: Goal;
  mission?: Mission;
  /** The link's own bucket, else its intent's. */
  bucket?: Bucket;
  /** The link names an intent or bucket that is no longer in the store. */
  missing: { intent: boolean; bucket: boolean };
}

const none = Promise.resolve(undefined);

/**
 * Resolves link → intent → goal → mission and the bucket in one read transaction. Requests that
 * do not depend on each other are issued together (IndexedDB pipelines them), so the chain costs
 * three round trips, not five.
 */
export async function contextFor(
  db: ThroughlineDb,
  ticketId: string,
): Promise<TicketContext | null> {
  return db.transaction(
    'r',
    [db.links, db.intents, db.goals, db.missions, db.buckets],
    async () => {
      const link = await db.links.get(ticketId);
      if (!link || link.pending === 'clear') return null;
      const [intent, ownBucket] = await Promise.all([
        link.intentId ? db.intents.get(link.intentId) : none,
        link.bucketId ? db.buckets.get(link.bucketId) : none,
      ]);
      const [goal, intentBucket] = await Promise.all([
        intent ? db.goals.get(intent.goalId) : none,
        !link.bucketId && intent?.bucketId ? db.buckets.get(intent.bucketId) : none,
      ]);
      const mission = goal ? await db.missions.get(goal.missionId) : undefined;
      return {
        link,
        intent,
        goal,
        mission,
        bucket: ownBucket ?? intentBucket,
        missing: {
          intent: link.intentId !== undefined && intent === undefined,
          bucket: link.bucketId !== undefined && ownBucket === undefined,
        },
      };
    },
  );
}
