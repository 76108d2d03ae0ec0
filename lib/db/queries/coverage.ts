import type { Coverage } from '../../coverage/resolve';
import { keyOfTicketId } from '../../trackers/ticket-ids';
import { chainIn, type ContextChain } from '../context';
import type { StoredLink, ThroughlineDb } from '../database';
import type { EntityMap } from '../entity-map';
import { lookupTicket } from './ticket-lookup';

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

/** Coverage's answer with the inherited chain resolved from the in-memory entities. */
export function localCoverageIn(
  map: EntityMap,
  coverage: Coverage<StoredLink> | null,
): LocalCoverage {
  const matched = (coverage?.matched ?? []).map(({ id, name, intentId, bucketId }) => ({
    id,
    name,
    intentId,
    bucketId,
  }));
  if (coverage?.source === 'via') {
    const { ticketId: from, text } = coverage.via;
    const via = { ticketId: from, key: keyOfTicketId(from), text };
    return { inherited: { ...chainIn(map, coverage.link), source: 'via', via }, matched };
  }
  if (coverage?.source === 'rule') {
    const rule = { id: coverage.rule.id, name: coverage.rule.name };
    return { inherited: { ...chainIn(map, coverage.rule), source: 'rule', rule }, matched };
  }
  return { inherited: null, matched };
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
  const { inherited, matched } = await lookupTicket(db, ticketId, title);
  return { inherited, matched };
}
