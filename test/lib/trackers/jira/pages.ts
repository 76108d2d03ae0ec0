import type { PageFixture } from '../page-fixtures';

/** Saved or replicated Jira pages under test/fixtures/pages/, and the title each shows. */
export const pages: readonly PageFixture[] = [
  {
    variant: 'Jira Cloud issue view',
    file: 'atlassian.net/browse/PAY-42.html',
    url: 'https://acme.atlassian.net/browse/PAY-42',
    title: 'Retry failed card payments automatically',
  },
  {
    variant: 'Jira Cloud issue modal over a board',
    file: 'atlassian.net/jira/software/projects/PAY/boards/1.html',
    url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-43',
    title: 'Show the decline reason to the customer',
  },
  {
    variant: 'Jira Server / Data Center issue view',
    file: 'jira.example.com/browse/DC-7.html',
    url: 'https://jira.example.com/browse/DC-7',
    options: { jiraHosts: ['jira.example.com'] },
    title: 'Rotate the signing keys',
  },
  {
    variant: 'Jira Server / Data Center under a context path',
    file: 'jira.example.com/jira/browse/DC-8.html',
    url: 'https://jira.example.com/jira/browse/DC-8',
    options: { jiraHosts: ['jira.example.com'] },
    title: 'Serve Jira under a context path',
  },
];
