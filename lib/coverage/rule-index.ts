import type { CoverageRule } from './resolve';
import type { TicketFacts } from './rule-match';

/**
 * Rules filed under the one condition that narrows them most, so that a ticket is checked against
 * the few rules that could hold for it rather than all of them (a context file may hold 1,000).
 * A rule naming an exact project can only hold on that project; one naming a host only on that
 * host; one naming a tracker only there. The rest (`owner/*`, titles only) are checked for every
 * ticket. `candidatesFor` returns a superset of the rules that hold, in evaluation order:
 * `ruleMatches` still decides.
 */
export class RuleIndex<Rule extends CoverageRule> {
  /** Every rule in evaluation order: position, then id. */
  readonly ordered: readonly Rule[];
  private readonly byProject = new Map<string, number[]>();
  private readonly byHost = new Map<string, number[]>();
  private readonly byTracker = new Map<string, number[]>();
  private readonly always: number[] = [];

  constructor(rules: readonly Rule[]) {
    this.ordered = [...rules].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
    this.ordered.forEach((rule, order) => {
      const { project, host, tracker } = rule.when;
      if (project !== undefined && !project.endsWith('/*'))
        listOf(this.byProject, project.toLowerCase()).push(order);
      else if (host !== undefined) listOf(this.byHost, host.toLowerCase()).push(order);
      else if (tracker !== undefined) listOf(this.byTracker, tracker).push(order);
      else this.always.push(order);
    });
  }

  candidatesFor(ticket: TicketFacts): Rule[] {
    const orders = [
      ...(this.byProject.get(ticket.project.toLowerCase()) ?? []),
      ...(this.byHost.get(ticket.host) ?? []),
      ...(this.byTracker.get(ticket.system) ?? []),
      ...this.always,
    ].sort((a, b) => a - b);
    return orders.map((order) => this.ordered[order]!);
  }
}

function listOf(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
