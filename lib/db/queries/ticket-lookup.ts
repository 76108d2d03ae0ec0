import { coverageOf, type LinkIndex } from '../../coverage/coverage-of';
import { mentionsIn } from '../../coverage/mentions';
import { ticketFacts } from '../../coverage/ticket-facts';
import { lookupOf, type MentionLookup } from '../../coverage/via';
import { ownContextIn, type TicketContext } from '../context';
import type { StoredLink, ThroughlineDb } from '../database';
import { entityMapOf } from '../entity-map';
import { localCoverageIn, type LocalCoverage } from './coverage';
import { isLiveLink } from './live-link';

/** A ticket's own context, what it inherits without one, and every rule that holds for it. */
export interface TicketLookup extends LocalCoverage {
  /** The ticket's own link and its chain; null when it has none (or it is being removed). */
  context: TicketContext | null;
}

/**
 * Everything the sidebar and the summary need about one ticket, in one round of reads made
 * together: its link and the links its title's mentions name (read even when the ticket turns
 * out to be tagged: waiting to know would cost a second round trip), with the entities' version
 * when it must be checked. The
 * chain, the rules and precedence are then computed in memory (lib/db/entity-map.ts).
 *
 * Every read is issued before the first await, so a live query calling this tracks all of them
 * whatever happens after.
 */
export async function lookupTicket(
  db: ThroughlineDb,
  ticketId: string,
  title: string | undefined,
): Promise<TicketLookup> {
  const facts = ticketFacts(ticketId, title);
  const lookups = new Map<string, MentionLookup>();
  for (const mention of facts ? mentionsIn(title) : []) {
    const lookup = facts && lookupOf(mention, facts);
    if (lookup) lookups.set(lookupKey(lookup), lookup);
  }
  const readRows = () =>
    Promise.all([
      db.links.get(ticketId),
      Promise.all([...lookups.values()].map((lookup) => linksNamedBy(db, lookup))),
    ]);
  // Several requests cost less in one transaction than each in its own (measured in Chromium).
  const [[own, named], map] = await Promise.all([
    lookups.size === 0 ? readRows() : db.transaction('r', db.links, readRows),
    entityMapOf(db),
  ]);
  const found = new Map([...lookups.keys()].map((key, i) => [key, named[i] ?? []]));
  const rules = facts ? map.ruleIndex.candidatesFor(facts) : [];
  const coverage = await coverageOf(ticketId, title, readLinks(own, found), rules);
  return { context: ownContextIn(map, own), ...localCoverageIn(map, coverage) };
}

function linksNamedBy(db: ThroughlineDb, lookup: MentionLookup): Promise<StoredLink[]> {
  if ('byKey' in lookup) return db.links.where('mentionKey').equals(lookup.byKey).toArray();
  return db.links.get(lookup.byId).then((link) => (link ? [link] : []));
}

function lookupKey(lookup: MentionLookup): string {
  return 'byKey' in lookup ? `key:${lookup.byKey}` : `id:${lookup.byId}`;
}

/** The links already read, as coverage asks for them: only live ones count. */
function readLinks(
  own: StoredLink | undefined,
  found: ReadonlyMap<string, readonly StoredLink[]>,
): LinkIndex<StoredLink> {
  const byId = new Map<string, StoredLink>();
  for (const links of found.values()) for (const link of links) byId.set(link.id, link);
  if (own) byId.set(own.id, own);
  const live = (link: StoredLink | undefined) => (link && isLiveLink(link) ? link : undefined);
  return {
    get: (id) => live(byId.get(id)),
    idsFor: (lookup) =>
      (found.get(lookupKey(lookup)) ?? []).filter(isLiveLink).map((link) => link.id),
  };
}
