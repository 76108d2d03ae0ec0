import type { ThroughlineDb } from '../db/database';
import { keyOfTicketId } from '../trackers/ticket-ids';
import { RecentTicketSeenSchema, type RecentTicket, type RecentTicketSeen } from './recent-ticket';
import { forgetBefore, needsRewrite, overCap } from './retention';

/**
 * Remembers that this person opened a ticket (in this browser only), and prunes what is past the
 * cap or too old in the same transaction, so the table never outgrows it. Idempotent and cheap:
 * the ticket is one row, a title not given keeps the stored one, and a report of the same view
 * (the sidebar's and the summary's) writes nothing. Returns false for an id that is not a ticket.
 */
export async function recordRecentTicket(
  db: ThroughlineDb,
  seen: RecentTicketSeen,
  now = new Date(),
): Promise<boolean> {
  const parsed = RecentTicketSeenSchema.safeParse(seen);
  if (!parsed.success) return false;
  const { id } = parsed.data;
  const title = parsed.data.title?.trim() || undefined;
  await db.transaction('rw', db.recentTickets, async () => {
    const stored = await db.recentTickets.get(id);
    if (!needsRewrite(stored, { title }, now)) return;
    const row: RecentTicket = {
      id,
      key: keyOfTicketId(id),
      when: now.toISOString(),
      ...((title ?? stored?.title) !== undefined && { title: title ?? stored?.title }),
    };
    await db.recentTickets.put(row);
    await pruneRecentTickets(db, now);
  });
  return true;
}

/** Drops tickets last opened more than 90 days ago, then the oldest past 2,000. */
export async function pruneRecentTickets(db: ThroughlineDb, now = new Date()): Promise<void> {
  await db.recentTickets.where('when').below(forgetBefore(now)).delete();
  const extra = overCap(await db.recentTickets.count());
  if (extra === 0) return;
  const oldest = await db.recentTickets.orderBy('when').limit(extra).primaryKeys();
  await db.recentTickets.bulkDelete(oldest);
}

/** Forgets every recent ticket (options page); returns how many there were. */
export async function clearRecentTickets(db: ThroughlineDb): Promise<number> {
  return db.transaction('rw', db.recentTickets, async () => {
    const count = await db.recentTickets.count();
    await db.recentTickets.clear();
    return count;
  });
}
