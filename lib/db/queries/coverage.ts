import { coverageOf, type LinkIndex } from '../../coverage/coverage-of';
import type { CoverageRule } from '../../coverage/resolve';
import { keyOfTicketId } from '../../trackers/ticket-ids';
import { chainFor, type ContextChain } from '../context';
import type { StoredLink, ThroughlineDb } from '../database';
import { isLiveLink } from './live-link';

/** Context a ticket inherits when it has no link of its own: from the ticket its title names, or a rule. */
export type InheritedContext = ContextChain &
  (
    | { source: 'via'; via: { ticketId: string; key: string; text: string } }
    | { source: 'rule'; rule: { id: string; name: string } }
  );

export interface LocalCoverage {
  /** Null when the ticket has its own link (that wins) or nothing applies. */
  inherited: InheritedContext | null;
  /** Every rule that holds for the ticket, in order, whatever won. */
  matched: { id: string; name: string; intentId?: string; bucketId?: string }[];
}

/** The links coverage reads, straight from the store (links by id and by mention key). */
function storedLinks(db: ThroughlineDb): LinkIndex<StoredLink> {
  const live = async (id: string) => {
    const link = await db.links.get(id);
    return link && isLiveLink(link) ? link : undefined;
  };
  return {
    get: live,
    idsFor: async (lookup) => {
      if ('byId' in lookup) return (await live(lookup.byId)) ? [lookup.byId] : [];
      const links = await db.links.where('mentionKey').equals(lookup.byKey).toArray();
      return links.filter(isLiveLink).map((link) => link.id);
    },
  };
}

/**
 * Where a ticket's context comes from when it has no link of its own (DESIGN.md "A ticket's
 * context"), read locally: rules and links are synced, so this works offline and updates live.
 */
export async function localCoverage(
  db: ThroughlineDb,
  ticketId: string,
  title: string | undefined,
): Promise<LocalCoverage> {
  // Not one explicit transaction: in Chromium (not in fake-indexeddb) these reads inside one never
  // settled once an inherited intent had to be resolved, and the sidebar stayed on "Loading…"
  // (test/e2e/coverage.e2e.ts). Each read is consistent on its own, and the sidebar's live query
  // runs this again whenever a rule or link it read changes.
  const rules: CoverageRule[] = await db.rules.toArray();
  const coverage = await coverageOf(ticketId, title, storedLinks(db), rules);
  const matched = (coverage?.matched ?? []).map(({ id, name, intentId, bucketId }) => ({
    id,
    name,
    intentId,
    bucketId,
  }));
  if (coverage?.source === 'via') {
    const { ticketId: from, text } = coverage.via;
    const chain = await chainFor(db, coverage.link);
    const via = { ticketId: from, key: keyOfTicketId(from), text };
    return { inherited: { ...chain, source: 'via', via }, matched };
  }
  if (coverage?.source === 'rule') {
    const chain = await chainFor(db, coverage.rule);
    const rule = { id: coverage.rule.id, name: coverage.rule.name };
    return { inherited: { ...chain, source: 'rule', rule }, matched };
  }
  return { inherited: null, matched };
}
