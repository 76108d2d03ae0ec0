import { provenanceText } from '../../coverage/provenance';
import type { TicketSummary } from '../../summary/ticket-summary';
import type { ContextChain } from '../context';
import type { ThroughlineDb } from '../database';
import { lookupTicket } from './ticket-lookup';

/**
 * One ticket's summary, from local rows only, with the sidebar's precedence (DESIGN.md "A ticket's
 * context"): its own link, else what its title or a rule lends it. Text only: nothing here is a
 * secret, and nothing more than the summary shows leaves the worker.
 */
export async function ticketSummaryFor(
  db: ThroughlineDb,
  ticketId: string,
  title: string | undefined,
  locale?: string,
): Promise<TicketSummary> {
  const { context: own, inherited } = await lookupTicket(db, ticketId, title);
  if (own) {
    const { link } = own;
    const source = provenanceText(
      { source: 'tagged', linkedBy: link.linkedBy, linkedAt: link.linkedAt },
      locale,
    );
    if (link.noFit) return { ticketId, noFit: true, source, from: 'tagged' };
    return { ...chainWords(ticketId, own), source, from: 'tagged' };
  }
  if (!inherited) return { ticketId };
  const source =
    inherited.source === 'via'
      ? provenanceText({ source: 'via', key: inherited.via.key }, locale)
      : provenanceText({ source: 'rule', name: inherited.rule.name }, locale);
  return { ...chainWords(ticketId, inherited), source, from: inherited.source };
}

function chainWords(ticketId: string, chain: ContextChain): TicketSummary {
  const summary: TicketSummary = { ticketId };
  if (chain.bucket) summary.bucket = { name: chain.bucket.name, color: chain.bucket.color ?? '' };
  if (chain.goal) summary.goal = chain.goal.title;
  if (chain.intent) summary.intent = chain.intent.title;
  return summary;
}
