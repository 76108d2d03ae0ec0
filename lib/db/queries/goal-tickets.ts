import type { ThroughlineDb } from '../database';
import { linkedTicketsByTracker } from './linked-tickets';
import type { TicketsByTracker } from './tickets-by-tracker';

/** Rows per tracker on a goal's page; the group's count tells how many more there are. */
export const GOAL_TICKETS_PER_TRACKER = 25;

/** The tickets tagged to any intent of a goal, grouped by tracker: what a goal's page lists. */
export async function goalTickets(
  db: ThroughlineDb,
  goalId: string,
  perTracker = GOAL_TICKETS_PER_TRACKER,
): Promise<TicketsByTracker> {
  return db.transaction('r', [db.intents, db.links], async () => {
    const intentIds = await db.intents.where('goalId').equals(goalId).primaryKeys();
    return linkedTicketsByTracker(db, intentIds, { perTracker });
  });
}
