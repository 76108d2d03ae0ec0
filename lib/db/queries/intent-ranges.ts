import type { TrackerSystem } from '../../trackers/registry';
import { systemOfTicketId } from '../../trackers/ticket-ids';
import type { StoredLink, ThroughlineDb } from '../database';

/** The compound index (schema v3) that keeps one intent's tickets together, ordered by id. */
export const INTENT_TICKETS = '[intentId+id]';

// Ticket ids are ASCII (DESIGN.md "Ticket ids"), so this sorts after every id that has a prefix.
const AFTER_EVERY_ID = '\uffff';

/** One intent's tickets on one tracker: canonical ids start with `<system>:`, so they are adjacent. */
export function trackerRange(
  intentId: string,
  system: TrackerSystem,
): [[string, string], [string, string]] {
  return [
    [intentId, `${system}:`],
    [intentId, `${system}:${AFTER_EVERY_ID}`],
  ];
}

/** Every ticket of one intent, whatever the tracker. */
export function intentRange(intentId: string): [[string, string], [string, string]] {
  return [
    [intentId, ''],
    [intentId, AFTER_EVERY_ID],
  ];
}

/** The tracker a stored canonical id belongs to. */
export function trackerOfId(ticketId: string): TrackerSystem | undefined {
  return systemOfTicketId(ticketId) ?? undefined;
}

/**
 * Links untagged here but not yet on the server: still in the store (the outbox needs them) yet
 * gone for the person. Few, and found through the sparse `pending` index, so queries subtract them
 * from index counts instead of filtering every row.
 */
export function pendingClears(db: ThroughlineDb): Promise<StoredLink[]> {
  return db.links.where('pending').equals('clear').toArray();
}
