import { describe, expect, it } from 'vitest';
import { coverageOf, type LinkIndex } from '../../../lib/coverage/coverage-of';
import type { Coverage, CoverageRule } from '../../../lib/coverage/resolve';
import { keyOfTicketId } from '../../../lib/trackers/ticket-ids';

// Precedence and provenance (DESIGN.md "A ticket's context"), as one table over many tickets.

interface Link {
  id: string;
  intentId?: string;
  bucketId?: string;
  noFit?: boolean;
}

const LINKS: Link[] = [
  { id: 'jira:acme.atlassian.net/PAY-42', intentId: 'retry-failed-cards' },
  { id: 'jira:acme.atlassian.net/OPS-80', bucketId: 'ktlo' },
  { id: 'linear:acme/ENG-7', intentId: 'ci-under-ten' },
  { id: 'github:github.com/acme/app#42', bucketId: 'ktlo' },
  { id: 'github:github.com/acme/billing#7', intentId: 'guided-setup' },
  { id: 'gitlab:gitlab.com/acme/web/app#5', intentId: 'slo-alerting' },
  { id: 'gitlab:gitlab.com/acme/web/app!17', intentId: 'sepa' },
  // Two linked tickets called DUP-1: a title naming DUP-1 names neither.
  { id: 'jira:acme.atlassian.net/DUP-1', intentId: 'a' },
  { id: 'jira:other.atlassian.net/DUP-1', intentId: 'b' },
  { id: 'linear:acme/ENG-9', noFit: true },
];

function index(links: readonly Link[]): LinkIndex<Link> {
  const byId = new Map(links.map((link) => [link.id, link]));
  return {
    get: (id) => byId.get(id),
    idsFor: (lookup) =>
      'byId' in lookup
        ? byId.has(lookup.byId)
          ? [lookup.byId]
          : []
        : links
            .filter((link) => keyOfTicketId(link.id).toLowerCase() === lookup.byKey)
            .map((l) => l.id),
  };
}

const rule = (id: string, position: number, when: CoverageRule['when'], target: object) =>
  ({ id, name: `Rule ${id}`, position, when, ...target }) as CoverageRule;

const RULES: CoverageRule[] = [
  rule('incidents', 2, { titleHas: ['incident', 'hotfix', 'sev-1'] }, { bucketId: 'ktlo' }),
  rule(
    'billing-repo',
    1,
    { tracker: 'github', project: 'acme/billing' },
    { intentId: 'guided-setup' },
  ),
  rule('acme-github', 5, { tracker: 'github', project: 'acme/*' }, { bucketId: 'new' }),
  rule('ops-team', 3, { tracker: 'linear', project: 'OPS' }, { bucketId: 'ktlo' }),
  rule('gitlab-web', 4, { host: 'gitlab.com', project: 'acme/web/*' }, { bucketId: 'quality' }),
  rule('jira-pay', 6, { tracker: 'jira', project: 'pay' }, { intentId: 'retry-failed-cards' }),
];

/** The winning source, what it points at, and the ids of every matched rule. */
function summary(coverage: Coverage<Link> | null) {
  if (!coverage) return null;
  const matched = coverage.matched.map((r) => r.id);
  switch (coverage.source) {
    case 'tagged':
      return { source: 'tagged', link: coverage.link.id, matched };
    case 'via':
      return { source: 'via', link: coverage.link.id, via: coverage.via.text, matched };
    case 'rule':
      return { source: 'rule', rule: coverage.rule.id, matched };
    case 'none':
      return { source: 'none', matched };
  }
}

const TABLE: { name: string; id: string; title?: string; expected: ReturnType<typeof summary> }[] =
  [
    {
      name: 'its own tag wins over a title naming another ticket and over rules',
      id: 'jira:acme.atlassian.net/PAY-42',
      title: 'PAY-43 hotfix for OPS-80',
      expected: {
        source: 'tagged',
        link: 'jira:acme.atlassian.net/PAY-42',
        matched: ['incidents', 'jira-pay'],
      },
    },
    {
      name: '"no intent fits" is a tag of its own',
      id: 'linear:acme/ENG-9',
      title: 'Customer escalation, see PAY-42',
      expected: { source: 'tagged', link: 'linear:acme/ENG-9', matched: [] },
    },
    {
      name: 'a pull request titled with a Jira key serves what that issue serves',
      id: 'github:github.com/acme/app#99',
      title: 'PAY-42: retry webhooks',
      expected: {
        source: 'via',
        link: 'jira:acme.atlassian.net/PAY-42',
        via: 'PAY-42',
        matched: ['acme-github'],
      },
    },
    {
      name: 'a Linear issue mentioning a GitHub reference',
      id: 'linear:acme/GRO-3',
      title: 'Follow-up to acme/app#42 on mobile',
      expected: {
        source: 'via',
        link: 'github:github.com/acme/app#42',
        via: 'acme/app#42',
        matched: [],
      },
    },
    {
      name: 'the first key that names exactly one linked ticket wins; an unlinked key is skipped',
      id: 'linear:acme/ENG-20',
      title: 'ENG-404 then ENG-7 then PAY-42',
      expected: { source: 'via', link: 'linear:acme/ENG-7', via: 'ENG-7', matched: [] },
    },
    {
      name: 'a key that names two linked tickets names neither; the next key is tried',
      id: 'linear:acme/ENG-21',
      title: 'DUP-1 and OPS-80',
      expected: {
        source: 'via',
        link: 'jira:acme.atlassian.net/OPS-80',
        via: 'OPS-80',
        matched: [],
      },
    },
    {
      name: '#n names the same GitHub repository',
      id: 'github:github.com/acme/billing#8',
      title: 'Fix the bug from #7',
      expected: {
        source: 'via',
        link: 'github:github.com/acme/billing#7',
        via: '#7',
        matched: ['billing-repo', 'acme-github'],
      },
    },
    {
      name: '!n names a merge request of the same GitLab project, #n an issue of it',
      id: 'gitlab:gitlab.com/acme/web/app#6',
      title: 'Follow-up of !17, see #5',
      expected: {
        source: 'via',
        link: 'gitlab:gitlab.com/acme/web/app!17',
        via: '!17',
        matched: ['gitlab-web'],
      },
    },
    {
      name: '#n means nothing on Jira or Linear',
      id: 'linear:acme/ENG-22',
      title: 'Like #42',
      expected: { source: 'none', matched: [] },
    },
    {
      name: 'a ticket is never its own "via"',
      id: 'github:github.com/acme/app#42',
      title: 'acme/app#42 is flaky',
      expected: {
        source: 'tagged',
        link: 'github:github.com/acme/app#42',
        matched: ['acme-github'],
      },
    },
    {
      name: 'keys are matched as written: a lower-case key is not a key',
      id: 'linear:acme/ENG-23',
      title: 'pay-42 someday',
      expected: { source: 'none', matched: [] },
    },
    {
      name: 'a key inside a word or a path is not a key',
      id: 'linear:acme/ENG-24',
      title: 'see https://x.example/PAY-42 and XPAY-42a',
      expected: { source: 'none', matched: [] },
    },
    {
      name: 'the first rule by position wins when two match, and both are listed',
      id: 'github:github.com/acme/billing#9',
      title: 'Sev-1: invoices stuck',
      expected: {
        source: 'rule',
        rule: 'billing-repo',
        matched: ['billing-repo', 'incidents', 'acme-github'],
      },
    },
    {
      name: 'owner/* covers every repository of the owner',
      id: 'github:github.com/acme/website#3',
      title: 'New footer',
      expected: { source: 'rule', rule: 'acme-github', matched: ['acme-github'] },
    },
    {
      name: 'owner/* does not cover another owner whose name starts the same',
      id: 'github:github.com/acme-labs/app#3',
      title: 'New footer',
      expected: { source: 'none', matched: [] },
    },
    {
      name: 'group/* covers nested GitLab groups, with the host condition',
      id: 'gitlab:gitlab.com/acme/web/shop/cart!3',
      title: 'Faster cart',
      expected: { source: 'rule', rule: 'gitlab-web', matched: ['gitlab-web'] },
    },
    {
      name: 'a host condition holds only on that host',
      id: 'gitlab:gitlab.example.com/acme/web/app!3',
      title: 'Faster cart',
      expected: { source: 'none', matched: [] },
    },
    {
      name: 'a Linear team is its project, matched whatever the case the rule used',
      id: 'linear:acme/OPS-12',
      title: 'Renew certificates',
      expected: { source: 'rule', rule: 'ops-team', matched: ['ops-team'] },
    },
    {
      name: 'titleHas is case-insensitive and any phrase will do',
      id: 'jira:acme.atlassian.net/SUP-3',
      title: 'HOTFIX the login page',
      expected: { source: 'rule', rule: 'incidents', matched: ['incidents'] },
    },
    {
      name: 'titleHas needs a title',
      id: 'jira:acme.atlassian.net/SUP-4',
      expected: { source: 'none', matched: [] },
    },
    {
      name: 'a title that reads like a pattern is only text',
      id: 'jira:acme.atlassian.net/SUP-5',
      title: '(a+)+$ incident.*',
      expected: { source: 'rule', rule: 'incidents', matched: ['incidents'] },
    },
  ];

describe('where a ticket’s context comes from', () => {
  it.each(TABLE)('$name', async ({ id, title, expected }) => {
    expect(summary(await coverageOf(id, title, index(LINKS), RULES))).toEqual(expected);
  });

  it('brings the inherited context back when the tag is removed', async () => {
    const id = 'github:github.com/acme/billing#7';
    const tagged = await coverageOf(id, 'PAY-42: invoices', index(LINKS), RULES);
    expect(tagged?.source).toBe('tagged');
    const untagged = LINKS.filter((link) => link.id !== id);
    expect(summary(await coverageOf(id, 'PAY-42: invoices', index(untagged), RULES))).toMatchObject(
      {
        source: 'via',
        via: 'PAY-42',
      },
    );
    expect(summary(await coverageOf(id, 'Invoices', index(untagged), RULES))).toMatchObject({
      source: 'rule',
      rule: 'billing-repo',
    });
  });

  it('is null for an id no tracker knows', async () => {
    expect(await coverageOf('youtrack:x/PAY-1', 'PAY-42', index(LINKS), RULES)).toBeNull();
  });

  it('reads a hostile title as text and finds nothing in it', async () => {
    const title = `${'a/'.repeat(300)}#1 ${'A-1 '.repeat(200)}`;
    expect(summary(await coverageOf('linear:acme/ENG-1', title, index(LINKS), RULES))?.source).toBe(
      'none',
    );
  });
});
