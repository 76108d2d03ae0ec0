import {
  canonicalTicket,
  isListedHost,
  type DetectedTicket,
  type TrackerUrlOptions,
  type UrlExamples,
} from '../types';
import { githubIds } from './identity';

/** An issue, with or without a trailing slash: `/acme/app/issues/42`. */
const ISSUE_PATH = /^\/([^/]+)\/([^/]+)\/issues\/([^/]+)\/?$/;

/** A pull request and its tabs: `/pull/43/files`, `/pull/43/commits/<sha>`, `/pull/43/changes`... */
const PULL_PATH =
  /^\/([^/]+)\/([^/]+)\/pull\/([^/]+)(?:\/(?:files|commits|checks|changes|conflicts)(?:\/[^/]+)?)?\/?$/;

/** An organisation's or a user's project, where `?pane=issue&issue=owner|repo|n` opens an issue. */
const PROJECT_PATH = /^\/(?:orgs|users)\/[^/]+\/projects\/\d+(?:\/views\/\d+)?\/?$/;

/**
 * The issues dashboard (`/issues`, `/issues/assigned`, `/issues/mentioned`, a saved view), where
 * `?issue=owner|repo|n` opens an issue in a pane beside the list.
 */
const DASHBOARD_PATH = /^\/issues(?:\/[^/]+)?\/?$/;

/**
 * GitHub routes that sit where an owner would (`/orgs/acme/...`, `/settings/...`). GitHub reserves
 * these names, so no account owns them and `/<name>/<x>/issues/1` never names a repository.
 */
// prettier-ignore
const RESERVED_OWNERS = new Set([
  'about', 'account', 'apps', 'blog', 'codespaces', 'collections', 'contact', 'copilot',
  'customer-stories', 'dashboard', 'discussions', 'enterprise', 'enterprises', 'events',
  'explore', 'features', 'gist', 'github-copilot', 'home', 'issues', 'join', 'login', 'logout',
  'marketplace', 'new', 'notifications', 'organizations', 'orgs', 'pricing', 'pulls', 'readme',
  'search', 'security', 'sessions', 'settings', 'signup', 'site', 'sponsors', 'stars', 'topics',
  'trending', 'users', 'watching',
]);

/**
 * The GitHub issue or pull request a page URL shows, on github.com or on a GitHub Enterprise host
 * listed in `options.githubHosts`. Issues and pull requests share one number space, so both are
 * `github:<host>/<owner>/<repo>#<n>`, all lowercase.
 */
export function parseGitHubTicketUrl(
  url: URL,
  options: TrackerUrlOptions = {},
): DetectedTicket | null {
  const https = url.protocol === 'https:';
  const dotCom = https && url.host === 'github.com';
  if (!dotCom && !((https || url.protocol === 'http:') && isListedHost(url, options.githubHosts))) {
    return null;
  }
  const match = ISSUE_PATH.exec(url.pathname) ?? PULL_PATH.exec(url.pathname);
  if (match) return ticketFor(url.hostname, match[1], match[2], match[3]);
  if (PROJECT_PATH.test(url.pathname)) return paneTicket(url, 'pane=issue');
  return DASHBOARD_PATH.test(url.pathname) ? paneTicket(url, 'any pane') : null;
}

/**
 * An issue open in a side pane, `issue=acme%7Capp%7C42`: in Projects only with
 * `pane=issue&itemId=123`, on the issues dashboard by itself.
 */
function paneTicket(url: URL, pane: 'pane=issue' | 'any pane'): DetectedTicket | null {
  if (!url.search.includes('issue=')) return null;
  const params = url.searchParams;
  if (pane === 'pane=issue' && params.get('pane') !== 'issue') return null;
  const parts = (params.get('issue') ?? '').split('|');
  if (parts.length !== 3) return null;
  return ticketFor(url.hostname, parts[0], parts[1], parts[2]);
}

function ticketFor(
  host: string,
  owner: string | undefined,
  repo: string | undefined,
  number: string | undefined,
): DetectedTicket | null {
  if (!owner || !repo || !number) return null;
  // Lower-casing must not turn a look-alike (the Kelvin sign) into an ASCII letter.
  if (NON_ASCII.test(owner) || NON_ASCII.test(repo)) return null;
  const key = `${owner}/${repo}#${number}`.toLowerCase();
  if (RESERVED_OWNERS.has(key.slice(0, key.indexOf('/')))) return null;
  return canonicalTicket(githubIds, host, key, `github:${host}/${key}`);
}

const NON_ASCII = /[^\x20-\x7e]/;

const GHE = { githubHosts: ['ghe.example.com'] };
const PROJECT = 'https://github.com/orgs/acme/projects/7/views/1?pane=issue&itemId=123456';

export const examples: UrlExamples = {
  positive: [
    // Issues
    { url: 'https://github.com/acme/app/issues/42', id: 'github:github.com/acme/app#42' },
    { url: 'https://github.com/acme/app/issues/42/', id: 'github:github.com/acme/app#42' },
    { url: 'https://github.com/Acme/App/issues/42', id: 'github:github.com/acme/app#42' },
    {
      url: 'https://github.com/acme/app/issues/42#issuecomment-1234567890',
      id: 'github:github.com/acme/app#42',
    },
    {
      url: 'https://github.com/acme/app/issues/42?notification_referrer_id=NT_kwDOABCD&notifications_query=is%3Aunread',
      id: 'github:github.com/acme/app#42',
    },
    {
      url: 'https://github.com/OctoLinker/testrepo/issues/2',
      id: 'github:github.com/octolinker/testrepo#2',
    },
    {
      url: 'https://github.com/sindresorhus/refined-github/issues/146',
      id: 'github:github.com/sindresorhus/refined-github#146',
    },
    { url: 'https://github.com/acme/app.js/issues/7', id: 'github:github.com/acme/app.js#7' },
    { url: 'https://github.com/acme/.github/issues/3', id: 'github:github.com/acme/.github#3' },
    { url: 'https://github.com/a/b/issues/1', id: 'github:github.com/a/b#1' },
    {
      url: 'https://github.com/acme-corp/my_repo-2/issues/9999999999',
      id: 'github:github.com/acme-corp/my_repo-2#9999999999',
    },
    // Pull requests and their tabs
    { url: 'https://github.com/acme/app/pull/43', id: 'github:github.com/acme/app#43' },
    { url: 'https://github.com/acme/app/pull/43/', id: 'github:github.com/acme/app#43' },
    { url: 'https://github.com/acme/app/pull/43/files', id: 'github:github.com/acme/app#43' },
    {
      url: 'https://github.com/acme/app/pull/43/files/e1aba6f',
      id: 'github:github.com/acme/app#43',
    },
    {
      url: 'https://github.com/acme/app/pull/43/files/1e27d79..5b614b9',
      id: 'github:github.com/acme/app#43',
    },
    {
      url: 'https://github.com/acme/app/pull/43/files#diff-3f1c2b9e0a7d4c5b6e8f9a0b1c2d3e4f5a6b7c8d',
      id: 'github:github.com/acme/app#43',
    },
    { url: 'https://github.com/acme/app/pull/43/commits', id: 'github:github.com/acme/app#43' },
    {
      url: 'https://github.com/acme/app/pull/43/commits/1e27d7998afdd3608d9fc3bf95ccf27fa5010641',
      id: 'github:github.com/acme/app#43',
    },
    { url: 'https://github.com/acme/app/pull/43/checks', id: 'github:github.com/acme/app#43' },
    {
      url: 'https://github.com/acme/app/pull/43/checks?check_run_id=21456789012',
      id: 'github:github.com/acme/app#43',
    },
    { url: 'https://github.com/acme/app/pull/43/changes', id: 'github:github.com/acme/app#43' },
    {
      url: 'https://github.com/acme/app/pull/43/changes/1e27d79',
      id: 'github:github.com/acme/app#43',
    },
    { url: 'https://github.com/acme/app/pull/43/conflicts', id: 'github:github.com/acme/app#43' },
    {
      url: 'https://github.com/acme/app/pull/43#pullrequestreview-1987654321',
      id: 'github:github.com/acme/app#43',
    },
    {
      url: 'https://github.com/acme/app/pull/43#discussion_r1567890123',
      id: 'github:github.com/acme/app#43',
    },
    {
      url: 'https://github.com/OctoLinker/testrepo/pull/1/files',
      id: 'github:github.com/octolinker/testrepo#1',
    },
    // Project views with an issue open in the side pane
    { url: `${PROJECT}&issue=acme%7Capp%7C42`, id: 'github:github.com/acme/app#42' },
    { url: `${PROJECT}&issue=acme|app|42`, id: 'github:github.com/acme/app#42' },
    { url: `${PROJECT}&issue=cli%7Ccli%7C1234`, id: 'github:github.com/cli/cli#1234' },
    {
      url: 'https://github.com/orgs/Acme/projects/7/views/3?filterQuery=status%3A%22In+progress%22&pane=issue&itemId=98765432&issue=Acme%7CApp%7C44',
      id: 'github:github.com/acme/app#44',
    },
    {
      url: 'https://github.com/orgs/acme/projects/7?pane=issue&itemId=123456&issue=acme%7Capi%7C12',
      id: 'github:github.com/acme/api#12',
    },
    {
      url: 'https://github.com/users/octocat/projects/1/views/1?pane=issue&itemId=4567&issue=octocat%7Chello-world%7C7',
      id: 'github:github.com/octocat/hello-world#7',
    },
    {
      url: 'https://github.com/users/octocat/projects/1?pane=issue&itemId=4567&issue=octocat%7Chello-world%7C7',
      id: 'github:github.com/octocat/hello-world#7',
    },
    // The issues dashboard with an issue open beside the list
    {
      url: 'https://github.com/issues/assigned?issue=acme%7Capp%7C42',
      id: 'github:github.com/acme/app#42',
    },
    {
      url: 'https://github.com/issues/mentioned?issue=PostHog%7Cposthog.com%7C12092',
      id: 'github:github.com/posthog/posthog.com#12092',
    },
    {
      url: 'https://github.com/issues/created?issue=acme|app|7',
      id: 'github:github.com/acme/app#7',
    },
    {
      url: 'https://github.com/issues/recent?issue=acme%7Capp%7C8',
      id: 'github:github.com/acme/app#8',
    },
    { url: 'https://github.com/issues?issue=acme%7Capp%7C9', id: 'github:github.com/acme/app#9' },
    {
      url: 'https://github.com/issues/assigned?q=is%3Aopen+label%3Abug&issue=acme%7Capi%7C10',
      id: 'github:github.com/acme/api#10',
    },
    {
      url: 'https://ghe.example.com/issues/assigned?issue=platform%7Cbilling-service%7C79',
      id: 'github:ghe.example.com/platform/billing-service#79',
      options: GHE,
    },
    // GitHub Enterprise on listed hosts
    {
      url: 'https://ghe.example.com/owner/repo/issues/5',
      id: 'github:ghe.example.com/owner/repo#5',
      options: GHE,
    },
    {
      url: 'https://ghe.example.com/platform/billing-service/pull/77/files',
      id: 'github:ghe.example.com/platform/billing-service#77',
      options: { githubHosts: ['GHE.Example.com'] },
    },
    {
      url: 'https://ghe.example.com/orgs/platform/projects/3/views/2?pane=issue&itemId=55&issue=platform%7Cbilling-service%7C78',
      id: 'github:ghe.example.com/platform/billing-service#78',
      options: GHE,
    },
    {
      url: 'http://github.corp.internal:8080/team/app/issues/1',
      id: 'github:github.corp.internal/team/app#1',
      options: { githubHosts: ['github.corp.internal:8080'] },
    },
    {
      url: 'https://ghe.example.com:8443/owner/repo/issues/5',
      id: 'github:ghe.example.com/owner/repo#5',
      options: GHE,
    },
  ],
  negative: [
    // Lists, forms and other repository pages
    'https://github.com/acme/app',
    'https://github.com/acme',
    'https://github.com/',
    'https://github.com/acme/app/issues',
    'https://github.com/acme/app/issues/',
    'https://github.com/acme/app/issues?q=is%3Aissue+is%3Aopen',
    'https://github.com/acme/app/pulls',
    'https://github.com/acme/app/pulls?q=is%3Apr+is%3Aclosed',
    'https://github.com/acme/app/issues/new',
    'https://github.com/acme/app/issues/new/choose',
    'https://github.com/acme/app/issues/templates/edit',
    'https://github.com/acme/app/compare/main...feature',
    'https://github.com/acme/app/compare/main...feature?expand=1',
    'https://github.com/acme/app/discussions/12',
    'https://github.com/acme/app/milestone/3',
    'https://github.com/acme/app/releases/tag/v1.2.0',
    'https://github.com/acme/app/commit/5b614b9035f2035b839f48b4db7bd5c3298d526f',
    'https://github.com/acme/app/actions/runs/123456789',
    'https://github.com/acme/app/blob/main/issues/1',
    'https://github.com/acme/app/tree/main/pull/1',
    'https://github.com/acme/app/pull/43.diff',
    'https://github.com/acme/app/pull/43.patch',
    // Not issue numbers
    'https://github.com/acme/app/issues/0',
    'https://github.com/acme/app/issues/abc',
    'https://github.com/acme/app/issues/-1',
    'https://github.com/acme/app/pull/12345678901',
    // Not owners
    'https://github.com/-acme/app/issues/1',
    'https://github.com/acme-/app/issues/1',
    'https://github.com/ac--me/app/issues/1',
    'https://github.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/app/issues/1',
    'https://github.com/orgs/acme/issues/42',
    'https://github.com/users/octocat/issues/1',
    'https://github.com/marketplace/actions/pull/1',
    'https://github.com/settings/profile/issues/1',
    // Global pages
    'https://github.com/issues',
    'https://github.com/issues/assigned',
    'https://github.com/pulls',
    'https://github.com/pulls/review-requested',
    'https://github.com/notifications',
    'https://github.com/search?q=repo%3Aacme%2Fapp+is%3Aissue&type=issues',
    'https://github.com/orgs/community/discussions/11202',
    // The issues dashboard without an issue open, or with one that is not an issue reference
    'https://github.com/issues/assigned?q=is%3Aopen',
    'https://github.com/issues/assigned?issue=acme%7Capp',
    'https://github.com/issues/assigned?issue=acme%7Capp%7C0',
    'https://github.com/issues/assigned?issue=issues%7Capp%7C3',
    'https://github.com/issues/assigned/extra?issue=acme%7Capp%7C42',
    'https://github.com/pulls?issue=acme%7Capp%7C42',
    'https://github.com/acme/app/issues?issue=acme%7Capp%7C42',
    // Projects without an issue in the pane
    'https://github.com/orgs/acme/projects/7',
    'https://github.com/orgs/acme/projects/7/views/1',
    PROJECT,
    'https://github.com/orgs/acme/projects/7/views/1?pane=info',
    'https://github.com/orgs/acme/projects/7/views/1?issue=acme%7Capp%7C42',
    `${PROJECT}&issue=acme%7Capp`,
    `${PROJECT}&issue=acme%7Capp%7C0`,
    `${PROJECT}&issue=acme%7Capp%7C42%7Cextra`,
    `${PROJECT}&issue=acme%2Fevil%7Capp%7C1`,
    `${PROJECT}&issue=%E2%84%AAcme%7Capp%7C1`,
    'https://github.com/orgs/acme/projects/7/settings?pane=issue&issue=acme%7Capp%7C42',
    // Other hosts and schemes
    'https://gist.github.com/fregante/2205329b71218fa2c1d3',
    'https://api.github.com/repos/acme/app/issues/42',
    'https://www.github.com/acme/app/issues/42',
    'https://github.com.evil.com/acme/app/issues/42',
    'https://evilgithub.com/acme/app/issues/42',
    'http://github.com/acme/app/issues/42',
    'https://ghe.example.org/acme/app/issues/5',
    { url: 'https://ghe.example.com/owner/repo/issues/5', options: {} },
    {
      url: 'https://ghe.example.com/owner/repo/issues/5',
      options: { jiraHosts: ['ghe.example.com'] },
    },
    { url: 'https://ghe.example.com/owner/repo/issues', options: GHE },
  ],
};
