import { ruleMatches, type RuleConditions, type TicketFacts } from './rule-match';

/** A rule as coverage needs it (DESIGN.md "rule"); evaluated in `position` order. */
export interface CoverageRule {
  id: string;
  name: string;
  position: number;
  when: RuleConditions;
  intentId?: string;
  bucketId?: string;
}

/**
 * Where a ticket's context comes from (DESIGN.md "A ticket's context: precedence and
 * provenance"): its own link (a tag, a context-file link, or "no intent fits"), else the link of the
 * ticket its title names, else the first rule that holds, else nothing. `matched` lists every rule
 * that holds, in order, whatever won: the sidebar shows them and what tagging would change.
 */
export type Coverage<Link> =
  | { source: 'tagged'; link: Link; matched: CoverageRule[] }
  | { source: 'via'; link: Link; via: { ticketId: string; text: string }; matched: CoverageRule[] }
  | { source: 'rule'; rule: CoverageRule; matched: CoverageRule[] }
  | { source: 'none'; matched: CoverageRule[] };

export interface CoverageInputs<Link> {
  ticket: TicketFacts;
  /** The ticket's own link, if it has one that is not being removed. */
  own?: Link;
  /** The ticket its title names and that ticket's own link (pickVia's answer, resolved). */
  via?: { ticketId: string; text: string; link: Link };
  /** Every rule, in any order. */
  rules: readonly CoverageRule[];
}

export function resolveCoverage<Link>({
  ticket,
  own,
  via,
  rules,
}: CoverageInputs<Link>): Coverage<Link> {
  const matched = [...rules]
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
    .filter((rule) => ruleMatches(rule.when, ticket));
  if (own !== undefined) return { source: 'tagged', link: own, matched };
  if (via)
    return {
      source: 'via',
      link: via.link,
      via: { ticketId: via.ticketId, text: via.text },
      matched,
    };
  const [first] = matched;
  return first ? { source: 'rule', rule: first, matched } : { source: 'none', matched };
}
