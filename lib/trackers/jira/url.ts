import { JIRA_ISSUE_KEY, jiraIds } from './identity';
import {
  canonicalTicket,
  isListedHost,
  type DetectedTicket,
  type TrackerUrlOptions,
  type UrlExamples,
} from '../types';

/**
 * Issue keys as URLs carry them: any case (`pay-42` is `PAY-42`). The `i` flag without `u` keeps the
 * match ASCII-only, so `ı` or `ſ` never upper-case their way into a key.
 */
const ISSUE_KEY = new RegExp(`^${JIRA_ISSUE_KEY}$`, 'i');

/** Jira Cloud sites are one DNS label under atlassian.net (`acme.atlassian.net`). */
const CLOUD_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.atlassian\.net$/;

/** Paths that end in the issue key (captured), each the page that shows one issue. */
const ISSUE_PATHS: readonly RegExp[] = [
  // Issue view, Cloud and Server/Data Center.
  /^\/browse\/([^/]+)\/?$/,
  // Issue view inside a project's issue list (older Cloud navigation, Server/Data Center).
  /^\/projects\/[^/]+\/issues\/([^/]+)\/?$/,
  // Issue navigator of a project, team-managed (`software/`) or company-managed (`software/c/`).
  /^\/jira\/(?:software(?:\/c)?|core|servicedesk)\/projects\/[^/]+\/issues\/([^/]+)\/?$/,
  // Service-management agent view: a queue with one request open. Cloud under `/jira/servicedesk/`,
  // Server / Data Center under `/servicedesk/` (or a context path before it); `queues/issue/` is
  // the request opened from search or a link rather than from a custom queue.
  /^\/(?:jira\/)?servicedesk\/projects\/[^/]+\/queues\/(?:custom\/\d+|issue)\/([^/]+)\/?$/,
  // Service-management customer portal: one request.
  /^\/servicedesk\/customer\/portal\/\d+\/([^/]+)\/?$/,
];

/**
 * Pages where `?selectedIssue=KEY-1` opens an issue beside a board, backlog, list, timeline, JQL
 * search or filter: every Jira app route (`/jira/...`), the issue navigator (`/issues/`), classic
 * boards (`/secure/RapidBoard.jspa`) and project pages. Confluence (`/wiki/`) is not among them.
 */
const SELECTED_ISSUE_PATHS = /^\/(?:jira\/|issues(?:\/|$)|secure\/|projects\/)/;

/** Server/Data Center may live under a context path (`/jira`, `/tools/jira`); we allow two levels. */
const MAX_CONTEXT_SEGMENTS = 2;

/**
 * The Jira issue a page URL shows. Jira Cloud (`https://<site>.atlassian.net`) is always
 * recognised; Server/Data Center only on a host listed in `options.jiraHosts` (http allowed there).
 */
export function parseJiraTicketUrl(
  url: URL,
  options: TrackerUrlOptions = {},
): DetectedTicket | null {
  const https = url.protocol === 'https:';
  const cloud = https && url.port === '' && CLOUD_HOST.test(url.hostname);
  const selfHosted =
    !cloud && (https || url.protocol === 'http:') && isListedHost(url, options.jiraHosts);
  if (!cloud && !selfHosted) return null;

  let path = url.pathname;
  for (let context = 0; ; context++) {
    const key = keyInPath(path) ?? selectedIssue(url, path);
    if (key) return canonicalTicket(jiraIds, url.hostname, key, `jira:${url.hostname}/${key}`);
    if (!selfHosted || context === MAX_CONTEXT_SEGMENTS) return null;
    const next = path.indexOf('/', 1);
    if (next === -1) return null;
    path = path.slice(next);
  }
}

function keyInPath(path: string): string | null {
  for (const pattern of ISSUE_PATHS) {
    const segment = pattern.exec(path)?.[1];
    if (segment !== undefined) return normalizeKey(segment);
  }
  return null;
}

function selectedIssue(url: URL, path: string): string | null {
  if (!url.search.includes('selectedIssue=') || !SELECTED_ISSUE_PATHS.test(path)) return null;
  return normalizeKey(url.searchParams.get('selectedIssue') ?? '');
}

function normalizeKey(candidate: string): string | null {
  return ISSUE_KEY.test(candidate) ? candidate.toUpperCase() : null;
}

const SERVER = { jiraHosts: ['jira.example.com'] };

export const examples: UrlExamples = {
  positive: [
    // Issue view
    { url: 'https://acme.atlassian.net/browse/PAY-42', id: 'jira:acme.atlassian.net/PAY-42' },
    { url: 'https://acme.atlassian.net/browse/PAY-42/', id: 'jira:acme.atlassian.net/PAY-42' },
    { url: 'https://acme.atlassian.net/browse/pay-42', id: 'jira:acme.atlassian.net/PAY-42' },
    { url: 'https://ACME.atlassian.net/browse/PAY-42', id: 'jira:acme.atlassian.net/PAY-42' },
    {
      url: 'https://acme.atlassian.net/browse/PAY-42?focusedCommentId=10231',
      id: 'jira:acme.atlassian.net/PAY-42',
    },
    {
      url: 'https://acme.atlassian.net/browse/PAY-42?focusedCommentId=10231&page=com.atlassian.jira.plugin.system.issuetabpanels%3Acomment-tabpanel#comment-10231',
      id: 'jira:acme.atlassian.net/PAY-42',
    },
    {
      url: 'https://acme.atlassian.net/browse/PAY-42?atlOrigin=eyJpIjoiNWQ3ZmE0YjQ2ZjA0NDJkYiIsInAiOiJqIn0',
      id: 'jira:acme.atlassian.net/PAY-42',
    },
    {
      url: 'https://acme.atlassian.net/browse/PAY-42#activity',
      id: 'jira:acme.atlassian.net/PAY-42',
    },
    { url: 'https://acme.atlassian.net/browse/OPS_2-7', id: 'jira:acme.atlassian.net/OPS_2-7' },
    { url: 'https://acme.atlassian.net/browse/A-1', id: 'jira:acme.atlassian.net/A-1' },
    {
      url: 'https://my-team.atlassian.net/browse/WEB-1234',
      id: 'jira:my-team.atlassian.net/WEB-1234',
    },
    { url: 'https://acme.atlassian.net/browse/OPS-80', id: 'jira:acme.atlassian.net/OPS-80' },
    // Boards, backlogs, lists and timelines with the issue panel open
    {
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-43',
      id: 'jira:acme.atlassian.net/PAY-43',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1/backlog?selectedIssue=PAY-44',
      id: 'jira:acme.atlassian.net/PAY-44',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12?assignee=557058%3Af1c2&selectedIssue=PAY-45',
      id: 'jira:acme.atlassian.net/PAY-45',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12/backlog?epics=visible&selectedIssue=PAY-46',
      id: 'jira:acme.atlassian.net/PAY-46',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/list?selectedIssue=pay-47',
      id: 'jira:acme.atlassian.net/PAY-47',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/timeline?selectedIssue=PAY-48',
      id: 'jira:acme.atlassian.net/PAY-48',
    },
    {
      url: 'https://acme.atlassian.net/jira/core/projects/OPS/board?selectedIssue=OPS-81',
      id: 'jira:acme.atlassian.net/OPS-81',
    },
    {
      url: 'https://acme.atlassian.net/jira/core/projects/OPS/list?sortBy=rank&selectedIssue=OPS-82',
      id: 'jira:acme.atlassian.net/OPS-82',
    },
    {
      url: 'https://acme.atlassian.net/jira/polaris/projects/IDEA/ideas/view/1234567?selectedIssue=IDEA-12',
      id: 'jira:acme.atlassian.net/IDEA-12',
    },
    {
      url: 'https://acme.atlassian.net/secure/RapidBoard.jspa?rapidView=3&projectKey=PAY&selectedIssue=PAY-49',
      id: 'jira:acme.atlassian.net/PAY-49',
    },
    // JQL search and filters
    {
      url: 'https://acme.atlassian.net/issues/?jql=project%20%3D%20PAY%20ORDER%20BY%20created%20DESC&selectedIssue=PAY-50',
      id: 'jira:acme.atlassian.net/PAY-50',
    },
    {
      url: 'https://acme.atlassian.net/issues/?filter=10001&selectedIssue=PAY-51',
      id: 'jira:acme.atlassian.net/PAY-51',
    },
    {
      url: 'https://acme.atlassian.net/issues/?filter=-4&selectedIssue=PAY-52',
      id: 'jira:acme.atlassian.net/PAY-52',
    },
    // Project issue views
    {
      url: 'https://acme.atlassian.net/projects/PAY/issues/PAY-53?filter=allopenissues',
      id: 'jira:acme.atlassian.net/PAY-53',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/issues/PAY-54?jql=project%20%3D%20%22PAY%22%20ORDER%20BY%20created%20DESC',
      id: 'jira:acme.atlassian.net/PAY-54',
    },
    {
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/issues/PAY-55',
      id: 'jira:acme.atlassian.net/PAY-55',
    },
    // Service management: agent queues and the customer portal
    {
      url: 'https://acme.atlassian.net/jira/servicedesk/projects/DESK/queues/custom/1/DESK-5',
      id: 'jira:acme.atlassian.net/DESK-5',
    },
    {
      url: 'https://acme.atlassian.net/jira/servicedesk/projects/DESK/issues/DESK-6',
      id: 'jira:acme.atlassian.net/DESK-6',
    },
    {
      url: 'https://acme.atlassian.net/servicedesk/customer/portal/2/DESK-7',
      id: 'jira:acme.atlassian.net/DESK-7',
    },
    {
      url: 'https://acme.atlassian.net/servicedesk/customer/portal/2/DESK-8?sda_source=notification-email',
      id: 'jira:acme.atlassian.net/DESK-8',
    },
    // Server / Data Center on listed hosts
    {
      url: 'https://jira.example.com/browse/PAY-42',
      id: 'jira:jira.example.com/PAY-42',
      options: SERVER,
    },
    {
      url: 'https://example.com/jira/browse/KEY-1',
      id: 'jira:example.com/KEY-1',
      options: { jiraHosts: ['example.com'] },
    },
    {
      url: 'https://example.com/jira/secure/RapidBoard.jspa?rapidView=1&selectedIssue=KEY-2',
      id: 'jira:example.com/KEY-2',
      options: { jiraHosts: ['example.com'] },
    },
    {
      url: 'https://tools.example.com/apps/jira/browse/OPS-3',
      id: 'jira:tools.example.com/OPS-3',
      options: { jiraHosts: ['tools.example.com'] },
    },
    {
      url: 'https://jira.example.com:8443/browse/PAY-42',
      id: 'jira:jira.example.com/PAY-42',
      options: { jiraHosts: ['jira.example.com:8443'] },
    },
    // Ports are not part of an id, and a listed site matches its hostname on any port
    {
      url: 'https://jira.example.com:8443/browse/PAY-42?focusedCommentId=1',
      id: 'jira:jira.example.com/PAY-42',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/browse/PAY-42#comment',
      id: 'jira:jira.example.com/PAY-42',
      options: { jiraHosts: ['jira.example.com:8443'] },
    },
    {
      url: 'http://jira.corp.internal:8080/browse/PAY-42',
      id: 'jira:jira.corp.internal/PAY-42',
      options: { jiraHosts: ['JIRA.Corp.Internal:8080'] },
    },
    {
      url: 'https://jira.example.com/browse/PAY-42',
      id: 'jira:jira.example.com/PAY-42',
      options: { jiraHosts: ['https://jira.example.com/'] },
    },
    {
      url: 'https://jira.example.com/secure/RapidBoard.jspa?rapidView=12&view=planning&selectedIssue=PAY-43',
      id: 'jira:jira.example.com/PAY-43',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/projects/PAY/issues/PAY-44?filter=allopenissues',
      id: 'jira:jira.example.com/PAY-44',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/issues/?jql=assignee%20%3D%20currentUser()&selectedIssue=PAY-45',
      id: 'jira:jira.example.com/PAY-45',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/servicedesk/customer/portal/1/DESK-9',
      id: 'jira:jira.example.com/DESK-9',
      options: SERVER,
    },
    // Service management agent queues on Server / Data Center, as on Cloud
    {
      url: 'https://jira.example.com/servicedesk/projects/DESK/queues/custom/1/DESK-10',
      id: 'jira:jira.example.com/DESK-10',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/servicedesk/projects/DESK/queues/custom/12/desk-11?sla=breached',
      id: 'jira:jira.example.com/DESK-11',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/jira/servicedesk/projects/DESK/queues/custom/1/DESK-12',
      id: 'jira:jira.example.com/DESK-12',
      options: SERVER,
    },
    {
      url: 'https://jira.example.com/servicedesk/projects/DESK/queues/issue/DESK-13',
      id: 'jira:jira.example.com/DESK-13',
      options: SERVER,
    },
    {
      url: 'https://acme.atlassian.net/jira/servicedesk/projects/DESK/queues/issue/DESK-14',
      id: 'jira:acme.atlassian.net/DESK-14',
    },
    {
      url: 'https://jira.example.com/servicedesk/customer/portal/1/DESK-99',
      id: 'jira:jira.example.com/DESK-99',
      options: SERVER,
    },
  ],
  negative: [
    // Boards, backlogs, searches and dashboards with no issue open
    'https://acme.atlassian.net/jira/software/projects/PAY/boards/1',
    'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12/backlog',
    'https://acme.atlassian.net/jira/software/c/projects/PAY/list',
    'https://acme.atlassian.net/jira/software/c/projects/PAY/issues',
    'https://acme.atlassian.net/jira/software/c/projects/PAY/issues/?filter=allissues',
    'https://acme.atlassian.net/projects/PAY/issues',
    'https://acme.atlassian.net/issues/?jql=project%20%3D%20PAY',
    'https://acme.atlassian.net/issues/?filter=10001&selectedIssue=',
    'https://acme.atlassian.net/jira/dashboards/10000',
    'https://acme.atlassian.net/jira/dashboards',
    'https://acme.atlassian.net/jira/your-work',
    'https://acme.atlassian.net/jira/projects',
    'https://acme.atlassian.net/jira/servicedesk/projects/DESK/queues/custom/1',
    'https://acme.atlassian.net/jira/servicedesk/projects/DESK/queues/custom/1/settings',
    'https://acme.atlassian.net/jira/servicedesk/projects/DESK/queues/issue',
    { url: 'https://jira.example.com/servicedesk/projects/DESK/queues/custom/1', options: SERVER },
    { url: 'https://jira.example.com/servicedesk/projects/DESK/queues', options: SERVER },
    {
      url: 'https://jira.example.com/servicedesk/projects/DESK/queues/custom/x/DESK-1',
      options: SERVER,
    },
    'https://acme.atlassian.net/servicedesk/customer/portal/2',
    'https://acme.atlassian.net/servicedesk/customer/portal/2/group/3/create/10',
    'https://acme.atlassian.net/servicedesk/customer/user/requests',
    'https://acme.atlassian.net/rest/api/3/issue/PAY-42',
    // Not issue keys
    'https://acme.atlassian.net/browse/PAY',
    'https://acme.atlassian.net/browse/PAY-0',
    'https://acme.atlassian.net/browse/PAY-042',
    'https://acme.atlassian.net/browse/2PAY-1',
    'https://acme.atlassian.net/browse/-42',
    'https://acme.atlassian.net/browse/PAY42',
    'https://acme.atlassian.net/browse/PAY-42/comments',
    'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY',
    'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=1PAY-1',
    'https://acme.atlassian.net/issues/?selectedIssue=p%C4%B1y-1',
    // Confluence on the same site
    'https://acme.atlassian.net/wiki/spaces/ENG/pages/123456/Runbook',
    'https://acme.atlassian.net/wiki/spaces/ENG/overview?selectedIssue=PAY-42',
    // Hosts that are not a Jira Cloud site, and Cloud only over https on the default port
    'https://atlassian.net/browse/PAY-42',
    'https://evil-atlassian.net/browse/PAY-42',
    'https://acme.atlassian.net.evil.com/browse/PAY-42',
    'https://acme.staging.atlassian.net/browse/PAY-42',
    'https://acme.atlassian.net:8443/browse/PAY-42',
    'http://acme.atlassian.net/browse/PAY-42',
    'https://www.atlassian.com/software/jira',
    // Self-hosted hosts only when listed, and only over http(s)
    'https://jira.example.org/browse/PAY-42',
    { url: 'https://jira.example.com/browse/PAY-42', options: {} },
    {
      url: 'https://jira.example.com/browse/PAY-42',
      options: { githubHosts: ['jira.example.com'] },
    },
    { url: 'ftp://jira.example.com/browse/PAY-42', options: SERVER },
    { url: 'https://jira.example.com/secure/Dashboard.jspa', options: SERVER },
    { url: 'https://jira.example.com/secure/RapidBoard.jspa?rapidView=12', options: SERVER },
    { url: 'https://example.com/a/b/c/browse/PAY-42', options: { jiraHosts: ['example.com'] } },
  ],
};
