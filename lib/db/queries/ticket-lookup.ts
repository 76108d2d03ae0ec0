import { coverageOf, type LinkIndex } from '../../coverage/coverage-of';
import { mentionsIn } from '../../coverage/mentions';
import { ticketFacts } from '../../coverage/ticket-facts';
import { lookupOf, type MentionLookup } from '../../coverage/via';
import { ownContextIn, type TicketContext } from '../context';
import type { StoredLink, ThroughlineDb } from '../database';
import { entityMapOf } from '../entity-map';
import type { LinkKeyIndex } from '../link-key-index';
import { linkKeysOf } from '../link-keys';
import { observeIndexValues } from '../live-observe';
import { localCoverageIn, type LocalCoverage } from './coverage';
import { isLiveLink } from './live-link';

/** A ticket's own context, what it inherits without one, and every rule that holds for it. */
export interface TicketLookup extends LocalCoverage {
  /** The ticket's own link and its chain; null when it has none (or it is being removed). */
  context: TicketContext | null;
}

/**
 * Everything the sidebar and the summary need about one ticket: its link and the links its title's
 * mentions name. In the worker the linked tickets' keys are in memory (lib/db/link-keys.ts), so
 * this is at most one request for the ids that can matter (see readByIds); elsewhere, or until
 * those keys are read, one round of reads in one transaction, the mentions through the
 * `mentionKey` index. The chain, the rules and precedence are then computed in memory
 * (lib/db/entity-map.ts).
 *
 * A live query calling this tracks every read it makes, and what memory answered is tracked as the
 * read would be: it re-runs when the ticket's link, a named ticket's link, or a link for a key its
 * title names is written.
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
  const keys = linkKeysOf(db);
  const [[own, found], map] = await Promise.all([
    keys ? readByIds(db, keys, ticketId, lookups) : readByIndex(db, ticketId, lookups),
    entityMapOf(db),
  ]);
  const rules = facts ? map.ruleIndex.candidatesFor(facts) : [];
  const coverage = await coverageOf(ticketId, title, readLinks(own, found), rules);
  return { context: ownContextIn(map, own), ...localCoverageIn(map, coverage) };
}

/** The ticket's link and, per lookup, the links it names. */
type Rows = [StoredLink | undefined, Map<string, StoredLink[]>];

/**
 * With the keys in memory, at most one request, for only the ids that can matter: the ticket's
 * own, if it is linked (its link wins, so its title's mentions need no read unless it is being
 * removed), else the linked tickets its mentions name. A ticket with neither needs no read at all.
 * What is not read because memory says it is absent is tracked as if it had been.
 */
async function readByIds(
  db: ThroughlineDb,
  keys: LinkKeyIndex,
  ticketId: string,
  lookups: ReadonlyMap<string, MentionLookup>,
): Promise<Rows> {
  let own: StoredLink | undefined;
  if (keys.has(ticketId)) {
    own = await db.links.get(ticketId);
    if (own && isLiveLink(own)) return [own, new Map()];
  } else observeIndexValues(db, 'links', '', [ticketId]);
  const candidates = new Map<string, string[]>();
  for (const [key, lookup] of lookups) {
    if ('byKey' in lookup) {
      observeIndexValues(db, 'links', 'mentionKey', [lookup.byKey]);
      candidates.set(key, keys.idsFor(lookup.byKey));
    } else if (keys.has(lookup.byId)) candidates.set(key, [lookup.byId]);
    else observeIndexValues(db, 'links', '', [lookup.byId]);
  }
  const ids = [...new Set([...candidates.values()].flat())];
  const rows = new Map<string, StoredLink>();
  for (const row of await readStored(db, ids)) if (row) rows.set(row.id, row);
  const found = new Map<string, StoredLink[]>();
  for (const [key, named] of candidates)
    found.set(
      key,
      named.flatMap((id) => rows.get(id) ?? []),
    );
  return [own, found];
}

/** Nothing, one id, or several in one request. */
async function readStored(db: ThroughlineDb, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ids.length === 1 ? [await db.links.get(ids[0]!)] : db.links.bulkGet([...ids]);
}

/** Without them: the ticket's link and an index read per mention, in one transaction. */
async function readByIndex(
  db: ThroughlineDb,
  ticketId: string,
  lookups: ReadonlyMap<string, MentionLookup>,
): Promise<Rows> {
  const readRows = () =>
    Promise.all([
      db.links.get(ticketId),
      Promise.all([...lookups.values()].map((lookup) => linksNamedBy(db, lookup))),
    ]);
  // Several requests cost less in one transaction than each in its own (measured in Chromium).
  const [own, named] = await (lookups.size === 0
    ? readRows()
    : db.transaction('r', db.links, readRows));
  return [own, new Map([...lookups.keys()].map((key, i) => [key, named[i] ?? []]))];
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
