import type { ThroughlineDb } from '../database';
import { INTENT_TICKETS, intentRange, pendingClears, trackerOfId } from './intent-ranges';
import { noCounts, type CountsByTracker } from './tickets-by-tracker';

/**
 * Per goal, one key-only read of each intent's tickets (a goal's intents are not adjacent in any
 * index), then counted by id prefix: fewer requests than a count per intent and tracker, which
 * matters when a list shows several goals. Call it inside a read transaction over intents and
 * links; it opens none itself, since a nested transaction per goal costs more than the reads.
 */
export async function countTicketsOfGoals(
  db: ThroughlineDb,
  goalIds: readonly string[],
  hidden: ReadonlySet<string>,
): Promise<CountsByTracker[]> {
  return Promise.all(
    goalIds.map(async (goalId) => {
      const intentIds = await db.intents.where('goalId').equals(goalId).primaryKeys();
      const keysPerIntent = await Promise.all(
        intentIds.map((intentId) =>
          db.links
            .where(INTENT_TICKETS)
            .between(...intentRange(intentId))
            .primaryKeys(),
        ),
      );
      const counts = noCounts();
      for (const ticketIds of keysPerIntent)
        for (const ticketId of ticketIds) {
          const system = trackerOfId(ticketId);
          if (system && !hidden.has(ticketId)) counts[system] += 1;
        }
      return counts;
    }),
  );
}

/** Tickets untagged locally and not yet on the server: read once when counting many goals. */
export async function hiddenTicketIds(db: ThroughlineDb): Promise<Set<string>> {
  return new Set((await pendingClears(db)).map((link) => link.id));
}
