import { coverageOf, type LinkIndex } from '../../coverage/coverage-of';
import type { CoverageRule } from '../../coverage/resolve';
import { RecentTicketSchema, type RecentTicket } from '../../recent/recent-ticket';
import { forgetBefore } from '../../recent/retention';
import type { StoredLink, ThroughlineDb } from '../database';
import { storedLinks } from './coverage';
import { isLiveLink } from './live-link';

/** Where a recent ticket's why comes from (DESIGN.md "A ticket's context"), or none. */
export type WhySource = 'tagged' | 'via' | 'rule' | 'none';

export interface RecentCoverage {
  /** Tickets opened in the last 90 days (at most 2,000). */
  total: number;
  counts: Record<WhySource, number>;
  /** Of the tagged ones, how many say "no intent fits". */
  noFit: number;
  /** Those without a why, most recently opened first, the first `limit` of them. */
  without: RecentTicket[];
}

/** The recent tickets, newest first, each read as it was written (a damaged row is left out). */
export async function recentTickets(db: ThroughlineDb, now = new Date()): Promise<RecentTicket[]> {
  const rows = await db.recentTickets
    .where('when')
    .aboveOrEqual(forgetBefore(now))
    .reverse()
    .toArray();
  return rows.flatMap((row) => {
    const parsed = RecentTicketSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The store's links, with the recent tickets' own links read in one request beforehand. */
async function prefetched(db: ThroughlineDb, ids: string[]): Promise<LinkIndex<StoredLink>> {
  const stored = storedLinks(db);
  const own = new Map<string, StoredLink | undefined>();
  (await db.links.bulkGet(ids)).forEach((link, i) =>
    own.set(ids[i]!, link && isLiveLink(link) ? link : undefined),
  );
  return {
    get: (id) => (own.has(id) ? own.get(id) : stored.get(id)),
    idsFor: stored.idsFor,
  };
}

/**
 * "Your recent tickets" in the popup: how many of the tickets this person opened lately have a
 * why, by where it comes from, with the same precedence the sidebar shows (own link, then the
 * ticket its title names, then the first rule), and the ones without, to tag in place. Local
 * reads only; the popup's live query runs it again when a link, a rule or the history changes.
 */
export async function recentCoverage(
  db: ThroughlineDb,
  { limit = 5, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<RecentCoverage> {
  const tickets = await recentTickets(db, now);
  const [rules, links] = await Promise.all([
    db.rules.toArray() as Promise<CoverageRule[]>,
    prefetched(
      db,
      tickets.map((ticket) => ticket.id),
    ),
  ]);
  const counts: Record<WhySource, number> = { tagged: 0, via: 0, rule: 0, none: 0 };
  let noFit = 0;
  const without: RecentTicket[] = [];
  for (const ticket of tickets) {
    const coverage = await coverageOf(ticket.id, ticket.title, links, rules);
    const source = coverage?.source ?? 'none';
    counts[source] += 1;
    if (coverage?.source === 'tagged' && coverage.link.noFit) noFit += 1;
    if (source === 'none' && without.length < limit) without.push(ticket);
  }
  return { total: tickets.length, counts, noFit, without };
}
