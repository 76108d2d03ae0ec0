import type { Bucket, Goal, Intent, Mission } from '../schema/entities';
import type { StoredLink, ThroughlineDb } from './database';

/** Everything the sidebar shows for a ticket's own link, resolved from local rows only. */
export interface TicketContext extends ContextChain {
  link: StoredLink;
}

const none = Promise.resolve(undefined);

/** What a ticket serves, from an intent and/or a bucket: the chain up to its mission. */
export interface ContextChain {
  intent?: Intent;
  goal?: Goal;
  mission?: Mission;
  /** The target's own bucket, else its intent's. */
  bucket?: Bucket;
  /** The target names an intent or bucket that is no longer in the store. */
  missing: { intent: boolean; bucket: boolean };
}

/**
 * Resolves intent → goal → mission and the bucket. Requests that do not depend on each other are
 * issued together (IndexedDB pipelines them), so the chain costs three round trips, not five.
 * Call inside a read transaction over intents, goals, missions and buckets.
 */
export async function chainFor(
  db: ThroughlineDb,
  target: { intentId?: string; bucketId?: string },
): Promise<ContextChain> {
  const [intent, ownBucket] = await Promise.all([
    target.intentId ? db.intents.get(target.intentId) : none,
    target.bucketId ? db.buckets.get(target.bucketId) : none,
  ]);
  const [goal, intentBucket] = await Promise.all([
    intent ? db.goals.get(intent.goalId) : none,
    !target.bucketId && intent?.bucketId ? db.buckets.get(intent.bucketId) : none,
  ]);
  const mission = goal ? await db.missions.get(goal.missionId) : undefined;
  return {
    intent,
    goal,
    mission,
    bucket: ownBucket ?? intentBucket,
    missing: {
      intent: target.intentId !== undefined && intent === undefined,
      bucket: target.bucketId !== undefined && ownBucket === undefined,
    },
  };
}

/** The ticket's own link (a tag, a context-file link, or "no intent fits") and what it serves. */
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
      return { link, ...(await chainFor(db, link)) };
    },
  );
}
