import type { Bucket, Goal, Intent, Mission } from '../schema/entities';
import type { StoredLink, ThroughlineDb } from './database';
import { entityMapOf, type EntityMap } from './entity-map';
import { isLiveLink } from './queries/live-link';

/** Everything the sidebar shows for a ticket's own link, resolved from local rows only. */
export interface TicketContext extends ContextChain {
  link: StoredLink;
}

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

/** Resolves intent → goal → mission and the bucket from the in-memory entities: no reads. */
export function chainIn(
  map: EntityMap,
  target: { intentId?: string; bucketId?: string },
): ContextChain {
  const intent = target.intentId ? map.intents.get(target.intentId) : undefined;
  const ownBucket = target.bucketId ? map.buckets.get(target.bucketId) : undefined;
  const goal = intent ? map.goals.get(intent.goalId) : undefined;
  const intentBucket =
    !target.bucketId && intent?.bucketId ? map.buckets.get(intent.bucketId) : undefined;
  return {
    intent,
    goal,
    mission: goal ? map.missions.get(goal.missionId) : undefined,
    bucket: ownBucket ?? intentBucket,
    missing: {
      intent: target.intentId !== undefined && intent === undefined,
      bucket: target.bucketId !== undefined && ownBucket === undefined,
    },
  };
}

/** The chain of an intent and/or bucket (lib/db/entity-map.ts keeps the entities in memory). */
export async function chainFor(
  db: ThroughlineDb,
  target: { intentId?: string; bucketId?: string },
): Promise<ContextChain> {
  return chainIn(await entityMapOf(db), target);
}

/** The ticket's own link and what it serves, given the link as read (null: none, or untagging). */
export function ownContextIn(map: EntityMap, link: StoredLink | undefined): TicketContext | null {
  return link && isLiveLink(link) ? { link, ...chainIn(map, link) } : null;
}

/**
 * The ticket's own link (a tag, a context-file link, or "no intent fits") and what it serves: one
 * read of the link, alongside the entities' version, then map reads.
 */
export async function contextFor(
  db: ThroughlineDb,
  ticketId: string,
): Promise<TicketContext | null> {
  const [link, map] = await Promise.all([db.links.get(ticketId), entityMapOf(db)]);
  return ownContextIn(map, link);
}
