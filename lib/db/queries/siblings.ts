import type { ThroughlineDb } from '../database';
import { linkedTicketsByTracker } from './linked-tickets';
import type { TicketsByTracker } from './tickets-by-tracker';

/**
 * Rows per tracker the sidebar receives: enough to expand "Show all" in place for a typical
 * intent, few enough that an intent with thousands of tickets still sends a small message.
 */
export const SIBLINGS_PER_TRACKER = 25;

/**
 * The other tickets tagged to the same intent, on every tracker ("Also on this intent"). Only
 * intent links count: a ticket tagged to a bucket alone works toward no shared intent.
 */
export function siblingsOf(
  db: ThroughlineDb,
  ticketId: string,
  intentId: string,
  perTracker = SIBLINGS_PER_TRACKER,
): Promise<TicketsByTracker> {
  return linkedTicketsByTracker(db, [intentId], { perTracker, excludeTicketId: ticketId });
}
