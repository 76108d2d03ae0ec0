import { coverageOf, type LinkIndex } from '../coverage/coverage-of';
import type { CoverageRule } from '../coverage/resolve';
import { ruleMatches } from '../coverage/rule-match';
import { ticketFacts } from '../coverage/ticket-facts';
import { mentionKeyOf } from '../db/mention-key';
import type { RuleReach } from './preview-outcome';

/** A ticket known here, with the title to read rules and mentions from. */
export interface KnownTicket {
  id: string;
  title?: string;
}

/**
 * Every ticket known here, once: the ones this person opened (with the title their page showed,
 * which wins), then the linked ones (with the title their link keeps).
 */
export function knownTickets(...lists: readonly (readonly KnownTicket[])[]): KnownTicket[] {
  const byId = new Map<string, KnownTicket>();
  for (const list of lists)
    for (const { id, title } of list) {
      const known = byId.get(id);
      if (!known) byId.set(id, { id, title });
      else if (known.title === undefined && title !== undefined) known.title = title;
    }
  return [...byId.values()];
}

/** Links held in memory (a file's, before it is imported), read as coverage reads the store's. */
export function linksInMemory<Link extends { id: string }>(
  links: readonly Link[],
): LinkIndex<Link> {
  const byId = new Map(links.map((link) => [link.id, link]));
  const byKey = new Map<string, string[]>();
  for (const link of links) {
    const key = mentionKeyOf(link.id);
    byKey.set(key, [...(byKey.get(key) ?? []), link.id]);
  }
  return {
    get: (id) => byId.get(id),
    idsFor: (lookup) =>
      'byId' in lookup
        ? byId.has(lookup.byId)
          ? [lookup.byId]
          : []
        : (byKey.get(lookup.byKey) ?? []),
  };
}

export type WhyAfter = 'tagged' | 'via' | 'rule' | 'none';

/**
 * How far each new or changed rule reaches among the tickets known here, once `links` and `rules`
 * are the context: how many it matches (`catches`), and how many take their context from it
 * (`decides`: no link of their own, no linked ticket named in the title, no earlier rule). Also
 * where each known ticket's why would come from.
 */
export async function ruleReach<Link>(
  known: readonly KnownTicket[],
  links: LinkIndex<Link>,
  rules: readonly CoverageRule[],
  changedRules: ReadonlyMap<string, RuleReach['change']>,
): Promise<{ rules: RuleReach[]; whyAfter: Map<string, WhyAfter> }> {
  const whyAfter = new Map<string, WhyAfter>();
  const decides = new Map<string, number>();
  for (const ticket of known) {
    const coverage = await coverageOf(ticket.id, ticket.title, links, rules);
    whyAfter.set(ticket.id, coverage?.source ?? 'none');
    if (coverage?.source === 'rule')
      decides.set(coverage.rule.id, (decides.get(coverage.rule.id) ?? 0) + 1);
  }
  const facts = known.flatMap((ticket) => ticketFacts(ticket.id, ticket.title) ?? []);
  const reach = [...rules]
    .sort((a, b) => a.position - b.position)
    .flatMap((rule) => {
      const change = changedRules.get(rule.id);
      if (!change) return [];
      return [
        {
          id: rule.id,
          name: rule.name,
          change,
          catches: facts.filter((ticket) => ruleMatches(rule.when, ticket)).length,
          decides: decides.get(rule.id) ?? 0,
        },
      ];
    });
  return { rules: reach, whyAfter };
}
