import { coverageOf, type LinkIndex } from '../../coverage/coverage-of';
import { mentionsIn } from '../../coverage/mentions';
import type { CoverageRule } from '../../coverage/resolve';
import { ticketFacts } from '../../coverage/ticket-facts';
import { lookupOf } from '../../coverage/via';
import { RecentTicketSchema, type RecentTicket } from '../../recent/recent-ticket';
import { forgetBefore } from '../../recent/retention';
import type { StoredLink, ThroughlineDb } from '../database';
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

/**
 * Every link coverage can read for these tickets, fetched together rather than ticket by ticket:
 * their own links, the links their titles name by key, and those named as `#42` in their own
 * repository. Then coverage runs in memory (2,000 tickets, one pass).
 */
async function linksFor(
  db: ThroughlineDb,
  tickets: readonly RecentTicket[],
): Promise<LinkIndex<StoredLink>> {
  const ids = tickets.map((ticket) => ticket.id);
  const byId = new Map<string, StoredLink>();
  for (const link of await db.links.bulkGet(ids))
    if (link && isLiveLink(link)) byId.set(link.id, link);
  const keys = new Set<string>();
  const named = new Set<string>();
  for (const ticket of tickets) {
    if (byId.has(ticket.id)) continue;
    const facts = ticketFacts(ticket.id, ticket.title);
    if (!facts) continue;
    for (const mention of mentionsIn(ticket.title)) {
      const lookup = lookupOf(mention, facts);
      if (lookup && 'byKey' in lookup) keys.add(lookup.byKey);
      else if (lookup) named.add(lookup.byId);
    }
  }
  // One equals() per key, all in flight at once: Dexie's anyOf() walked the index with a cursor
  // and took seconds for 500 keys over 100k links in Chromium, where these take a fraction.
  const [byKey, byNamedId] = await Promise.all([
    Promise.all([...keys].map((key) => db.links.where('mentionKey').equals(key).toArray())),
    db.links.bulkGet([...named]),
  ]);
  const idsByKey = new Map<string, string[]>();
  for (const link of [...byKey.flat(), ...byNamedId]) {
    if (!link || !isLiveLink(link)) continue;
    byId.set(link.id, link);
    if (link.mentionKey)
      idsByKey.set(link.mentionKey, [...(idsByKey.get(link.mentionKey) ?? []), link.id]);
  }
  return {
    get: (id) => byId.get(id),
    idsFor: (lookup) =>
      'byId' in lookup
        ? byId.has(lookup.byId)
          ? [lookup.byId]
          : []
        : [...new Set(idsByKey.get(lookup.byKey) ?? [])],
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
    db.rules.orderBy('position').toArray() as Promise<CoverageRule[]>,
    linksFor(db, tickets),
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
