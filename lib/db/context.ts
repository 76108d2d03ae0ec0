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
      const intent = link.intentId ? await db.intents.get(link.intentId) : undefined;
      const goal = intent ? await db.goals.get(intent.goalId) : undefined;
      const mission = goal ? await db.missions.get(goal.missionId) : undefined;
      const bucketId = link.bucketId ?? intent?.bucketId;
      const bucket = bucketId ? await db.buckets.get(bucketId) : undefined;
      return {
        link,
        intent,
        goal,
        mission,
        bucket,
        missing: {
          intent: link.intentId !== undefined && intent === undefined,
          bucket: link.bucketId !== undefined && bucket === undefined,
        },
      };
    },
  );
}
