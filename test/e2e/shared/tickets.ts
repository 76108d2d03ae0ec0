/**
 * One ticket per tracker, with what its sidebar must show and how a person tags it. A new tracker
 * joins every shared scenario, in both browsers, with one entry here (its fixture page and host
 * must exist: test/fixtures/pages/<host>/ and FIXTURE_HOSTS in harness/certificate.ts).
 */
export interface TicketCase {
  tracker: string;
  url: string;
  ticketId: string;
  /** Text the sidebar shows for this ticket from the demo seed. */
  shows: string[];
  /** What its summary names (DESIGN.md "Ticket summary"), where the scenarios check it. */
  summary?: { bucket: string; goal: string };
  tag: {
    /** What the person types in the tag picker. */
    words: string;
    /** The title of the option that must come up. */
    option: string;
    /** What the server must then hold for the ticket. */
    expected: Record<string, unknown>;
  };
}

export const TICKETS: TicketCase[] = [
  {
    tracker: 'GitHub',
    url: 'https://github.com/OctoLinker/testrepo/issues/2',
    ticketId: 'github:github.com/octolinker/testrepo#2',
    shows: [
      'Guided setup for new workspaces',
      'Raise week-1 activation to 45%',
      'Make self-serve the default path to value',
      'New capabilities',
    ],
    summary: { bucket: 'New capabilities', goal: 'Raise week-1 activation to 45%' },
    tag: {
      words: 'ci under ten',
      option: 'Keep CI under ten minutes',
      expected: { intentId: 'ci-under-ten-minutes' },
    },
  },
  {
    tracker: 'Jira',
    url: 'https://acme.atlassian.net/browse/PAY-42',
    ticketId: 'jira:acme.atlassian.net/PAY-42',
    shows: ['Mission'],
    tag: { words: 'quality', option: 'Quality & reliability', expected: { bucketId: 'quality' } },
  },
  {
    tracker: 'Linear',
    url: 'https://linear.app/acme/issue/ENG-7/cache-workspace-templates-at-the-edge',
    ticketId: 'linear:acme/ENG-7',
    shows: ['Mission'],
    tag: {
      words: 'guided setup',
      option: 'Guided setup for new workspaces',
      expected: { intentId: 'guided-setup' },
    },
  },
  {
    tracker: 'GitLab',
    url: 'https://gitlab.com/acme/web/app/-/merge_requests/17',
    ticketId: 'gitlab:gitlab.com/acme/web/app!17',
    shows: ['Retire the legacy job queue', 'Deploy to production ten times a day'],
    tag: {
      words: 'slo burn',
      option: 'Alert on SLO burn, not on CPU',
      expected: { intentId: 'slo-alerting' },
    },
  },
];
