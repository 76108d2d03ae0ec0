import { describe, expect, it } from 'vitest';
import type { CoverageRule } from '../../../lib/coverage/resolve';
import { RuleIndex } from '../../../lib/coverage/rule-index';
import { ruleMatches, type RuleConditions } from '../../../lib/coverage/rule-match';
import { ticketFacts } from '../../../lib/coverage/ticket-facts';

// The index only narrows which rules are checked: every ticket must get exactly the rules a check
// of all of them finds, in the same order.

const CONDITIONS: RuleConditions[] = [
  { tracker: 'github' },
  { tracker: 'jira', project: 'PAY' },
  { project: 'pay' },
  { project: 'acme/*' },
  { project: 'acme/billing' },
  { project: 'ACME/Web/App' },
  { host: 'acme.atlassian.net' },
  { host: 'github.com', titleHas: ['hotfix'] },
  { host: 'gitlab.com', project: 'acme/web/*' },
  { titleHas: ['renew', 'certificate'] },
  { tracker: 'linear', project: 'OPS', titleHas: ['on-call'] },
  { tracker: 'gitlab', host: 'gitlab.acme.com' },
];

const TICKETS: [string, string][] = [
  ['jira:acme.atlassian.net/PAY-42', 'Retry failed cards'],
  ['jira:other.atlassian.net/PAY-1', 'Renew the certificate'],
  ['github:github.com/acme/billing#7', 'PAY-42: hotfix'],
  ['github:github.com/acme/app#1', 'Docs'],
  ['gitlab:gitlab.com/acme/web/app!17', 'Renew tokens'],
  ['gitlab:gitlab.acme.com/ops/infra#3', 'Disk space'],
  ['linear:acme/OPS-3', 'On-call handover'],
  ['linear:acme/ENG-7', 'CI under ten minutes'],
];

function rulesFrom(conditions: readonly RuleConditions[]): CoverageRule[] {
  // Positions repeat and run backwards, so order comes from position then id, not from the list.
  return conditions.map((when, n) => ({
    id: `r${String(n).padStart(2, '0')}`,
    name: `Rule ${n}`,
    position: (conditions.length - n) % 4,
    when,
    bucketId: 'ktlo',
  }));
}

describe('the rule index', () => {
  it('finds for every ticket exactly the rules a full check finds, in evaluation order', () => {
    const rules = rulesFrom(CONDITIONS);
    const index = new RuleIndex(rules);
    for (const [id, title] of TICKETS) {
      const ticket = ticketFacts(id, title)!;
      const everyRule = [...rules]
        .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))
        .filter((rule) => ruleMatches(rule.when, ticket))
        .map((rule) => rule.id);
      const indexed = index
        .candidatesFor(ticket)
        .filter((rule) => ruleMatches(rule.when, ticket))
        .map((rule) => rule.id);
      expect(indexed, id).toEqual(everyRule);
    }
  });

  it('checks far fewer than all of 1,000 rules that name projects', () => {
    const rules = rulesFrom(
      Array.from({ length: 1000 }, (_, n) => ({ project: `P${n}` }) as RuleConditions),
    );
    const ticket = ticketFacts('jira:acme.atlassian.net/P7-1', 'Anything')!;
    expect(new RuleIndex(rules).candidatesFor(ticket).map((rule) => rule.when.project)).toEqual([
      'P7',
    ]);
  });
});
