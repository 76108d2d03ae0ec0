import { TRACKER_SYSTEMS, type TrackerSystem } from '../../trackers/registry';
import { ticketKey, ticketUrl } from '../../search/ticket-url';
import type { StoredLink, ThroughlineDb } from '../database';
import { INTENT_TICKETS, pendingClears, trackerOfId, trackerRange } from './intent-ranges';
import type { LinkedTicket, TicketsByTracker, TrackerGroup } from './tickets-by-tracker';

export interface LinkedTicketsOptions {
  /** How many rows each tracker's group carries; its count covers the rest. */
  perTracker: number;
  /** Left out of rows and counts: the ticket whose siblings these are. */
  excludeTicketId?: string;
}

/**
 * The tickets tagged to any of `intentIds`, grouped by tracker. Per intent and tracker it asks the
 * index for a count and reads at most `perTracker` rows (plus the few hidden ones), so however many
 * tickets an intent has, no more rows than that are read or sent. Reads go through Dexie, so a
 * liveQuery re-runs it when one of these ranges changes.
 */
export async function linkedTicketsByTracker(
  db: ThroughlineDb,
  intentIds: readonly string[],
  { perTracker, excludeTicketId }: LinkedTicketsOptions,
): Promise<TicketsByTracker> {
  return db.transaction('r', db.links, async () => {
    const [clears, excluded] = await Promise.all([
      pendingClears(db),
      excludeTicketId ? db.links.get(excludeTicketId) : undefined,
    ]);
    const wanted = new Set(intentIds);
    const hidden = [...clears, ...(excluded ? [excluded] : [])].filter(
      (link) => link.intentId !== undefined && wanted.has(link.intentId),
    );
    const hiddenIds = new Set(hidden.map((link) => link.id));
    const hiddenIn = (intentId: string, system: TrackerSystem) =>
      new Set(
        hidden
          .filter((link) => link.intentId === intentId && trackerOfId(link.id) === system)
          .map((link) => link.id),
      ).size;

    const groups = await Promise.all(
      TRACKER_SYSTEMS.map(async (system): Promise<TrackerGroup> => {
        const parts = await Promise.all(
          [...wanted].map(async (intentId) => {
            // A fresh collection for each read: Dexie's limit() changes the collection it is on.
            const range = () =>
              db.links.where(INTENT_TICKETS).between(...trackerRange(intentId, system));
            const skip = hiddenIn(intentId, system);
            const [count, rows] = await Promise.all([
              range().count(),
              range()
                .limit(perTracker + skip)
                .toArray(),
            ]);
            return { count: count - skip, rows: rows.filter((row) => !hiddenIds.has(row.id)) };
          }),
        );
        // Each part holds its intent's first rows by id, so the merged first rows are among them.
        const rows = parts
          .flatMap((part) => part.rows)
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .slice(0, perTracker);
        return {
          system,
          count: parts.reduce((sum, part) => sum + part.count, 0),
          tickets: rows.map(toLinkedTicket).sort(byKey),
        };
      }),
    );
    const present = groups.filter((group) => group.count > 0);
    return { total: present.reduce((sum, group) => sum + group.count, 0), groups: present };
  });
}

function toLinkedTicket(link: StoredLink): LinkedTicket {
  return {
    id: link.id,
    key: ticketKey(link.id),
    title: link.title,
    linkedBy: link.linkedBy,
    linkedAt: link.linkedAt,
    url: ticketUrl(link.id, link.url),
    pending: link.pending !== undefined,
  };
}

/** PAY-9 before PAY-42: keys read as people number them. */
function byKey(a: LinkedTicket, b: LinkedTicket): number {
  return a.key.localeCompare(b.key, 'en', { numeric: true });
}
