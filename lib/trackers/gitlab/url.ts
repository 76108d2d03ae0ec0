import {
  canonicalTicket,
  isListedHost,
  type DetectedTicket,
  type TrackerUrlOptions,
  type UrlExamples,
} from '../types';
import { GITLAB_PATH_SEGMENT, gitlabIds } from './identity';

/**
 * `/<group>/…/<project>/-/<route>/<iid>[/<tab>]`: everything before `/-/` is the project path.
 * Issues (incidents under `issues/incident/`, designs under `designs/…`), work items (GitLab's newer
 * view of the same issues, same numbers) and merge requests with their tabs.
 */
const TICKET_PATH =
  /^\/(.+?)\/-\/(?:(issues)(?:\/incident)?\/(\d+)(?:\/designs(?:\/[^/]+)?)?|(work_items)\/(\d+)|(merge_requests)\/(\d+)(?:\/(?:diffs|commits|pipelines|conflicts))?)\/?$/;

/**
 * Lists and boards that open an issue in a drawer, naming it in `?show=` (base64 of
 * `{"iid":"5","full_path":"acme/app","id":123}`): a project's or a group's issue list, boards and a
 * project's work items. Group work items are left out: their drawer also shows epics, whose
 * `full_path` is a group.
 */
const DRAWER_PATH =
  /^\/(?:groups\/[^/]+(?:\/[^/]+)*\/-\/(?:issues|boards(?:\/\d+)?)|(?!groups\/)[^/]+(?:\/[^/]+)+\/-\/(?:issues|work_items|boards(?:\/\d+)?))\/?$/;

/** Longest `show` value we decode: a real one is about 100 characters. */
const MAX_SHOW_LENGTH = 2000;

const SEGMENT = new RegExp(`^${GITLAB_PATH_SEGMENT}$`, 'i');
const MAX_DEPTH = 21;

/**
 * GitLab's own top-level routes, which no group can take (`/-/profile`, `/groups/acme/-/epics/1`,
 * `/dashboard/issues`): a path starting with one never names a project.
 */
// prettier-ignore
const RESERVED = new Set([
  '-', 'abuse_reports', 'admin', 'api', 'assets', 'ci', 'dashboard', 'explore', 'groups', 'help',
  'import', 'jwt', 'oauth', 'profile', 'projects', 'public', 'search', 'snippets', 'uploads',
  'users',
]);

/**
 * The GitLab issue or merge request a page URL shows, on gitlab.com or on a self-managed GitLab
 * listed in `options.gitlabHosts` (http allowed there). Issues are `gitlab:<host>/<path>#<iid>`,
 * merge requests `…!<iid>`, all lowercase.
 */
export function parseGitLabTicketUrl(
  url: URL,
  options: TrackerUrlOptions = {},
): DetectedTicket | null {
  const https = url.protocol === 'https:';
  const dotCom = https && url.host === 'gitlab.com';
  if (!dotCom && !((https || url.protocol === 'http:') && isListedHost(url, options.gitlabHosts)))
    return null;
  const match = TICKET_PATH.exec(url.pathname);
  if (match) {
    const [, path, issue, issueIid, workItem, workItemIid, , mergeRequestIid] = match;
    if (issue || workItem) return ticketFor(url.hostname, path, '#', issueIid ?? workItemIid);
    return ticketFor(url.hostname, path, '!', mergeRequestIid);
  }
  return DRAWER_PATH.test(url.pathname) ? drawerTicket(url) : null;
}

/** The issue a list or board shows in its drawer: `?show=<base64 JSON>`. */
function drawerTicket(url: URL): DetectedTicket | null {
  if (!url.search.includes('show=')) return null;
  const show = url.searchParams.get('show');
  if (!show || show.length > MAX_SHOW_LENGTH) return null;
  try {
    const { iid, full_path: path } = JSON.parse(atob(show)) as Record<string, unknown>;
    const number = typeof iid === 'number' ? String(iid) : iid;
    if (typeof path !== 'string' || typeof number !== 'string') return null;
    return ticketFor(url.hostname, path, '#', number);
  } catch {
    return null;
  }
}

function ticketFor(
  host: string,
  path: string | undefined,
  sign: '#' | '!',
  iid: string | undefined,
): DetectedTicket | null {
  if (!path || !iid || !/^[1-9]\d{0,9}$/.test(iid)) return null;
  const segments = path.split('/');
  if (segments.length < 2 || segments.length > MAX_DEPTH) return null;
  // `SEGMENT` is ASCII-only, so lower-casing cannot turn a look-alike into a letter.
  if (!segments.every((segment) => SEGMENT.test(segment))) return null;
  const key = `${path}${sign}${iid}`.toLowerCase();
  if (RESERVED.has(key.slice(0, key.indexOf('/')))) return null;
  return canonicalTicket(gitlabIds, host, key, `gitlab:${host}/${key}`);
}

const SELF = { gitlabHosts: ['gitlab.example.com'] };
/**
 * `{"iid":"5","full_path":"acme/app","id":987}` as GitLab's drawer writes it. Declared free of side
 * effects so the bundler drops these examples (tests only) from the content script.
 */
/*#__NO_SIDE_EFFECTS__*/
function show(value: object): string {
  return encodeURIComponent(btoa(JSON.stringify(value)));
}
const SHOW_ACME_APP_5 = show({ iid: '5', full_path: 'acme/app', id: 987 });

export const examples: UrlExamples = {
  positive: [
    // Issues
    { url: 'https://gitlab.com/acme/app/-/issues/5', id: 'gitlab:gitlab.com/acme/app#5' },
    { url: 'https://gitlab.com/acme/app/-/issues/5/', id: 'gitlab:gitlab.com/acme/app#5' },
    { url: 'https://gitlab.com/Acme/App/-/issues/5', id: 'gitlab:gitlab.com/acme/app#5' },
    {
      url: 'https://gitlab.com/acme/app/-/issues/5#note_1987654321',
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    {
      url: 'https://gitlab.com/gitlab-org/gitlab/-/issues/431045',
      id: 'gitlab:gitlab.com/gitlab-org/gitlab#431045',
    },
    {
      url: 'https://gitlab.com/acme/web/frontend/app/-/issues/12',
      id: 'gitlab:gitlab.com/acme/web/frontend/app#12',
    },
    {
      url: 'https://gitlab.com/acme_corp/my.project-2/-/issues/9999999999',
      id: 'gitlab:gitlab.com/acme_corp/my.project-2#9999999999',
    },
    { url: 'https://gitlab.com/acme/app/-/issues/incident/8', id: 'gitlab:gitlab.com/acme/app#8' },
    { url: 'https://gitlab.com/acme/app/-/issues/5/designs', id: 'gitlab:gitlab.com/acme/app#5' },
    {
      url: 'https://gitlab.com/acme/app/-/issues/5/designs/mockup.png',
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    // Work items: the newer view of the same issues, same numbers
    { url: 'https://gitlab.com/acme/app/-/work_items/5', id: 'gitlab:gitlab.com/acme/app#5' },
    {
      url: 'https://gitlab.com/acme/web/app/-/work_items/7?iid_path=true',
      id: 'gitlab:gitlab.com/acme/web/app#7',
    },
    // Merge requests and their tabs
    {
      url: 'https://gitlab.com/acme/web/app/-/merge_requests/17',
      id: 'gitlab:gitlab.com/acme/web/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/diffs',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/diffs?commit_id=5b614b9035f2035b839f48b4db7bd5c3298d526f',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/diffs#3f1c2b9e0a7d4c5b_12_14',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/commits',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/pipelines',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17/conflicts',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    {
      url: 'https://gitlab.com/acme/app/-/merge_requests/17#note_123456',
      id: 'gitlab:gitlab.com/acme/app!17',
    },
    // Lists and boards with an issue open in the drawer
    {
      url: `https://gitlab.com/acme/app/-/issues?show=${SHOW_ACME_APP_5}`,
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    {
      url: `https://gitlab.com/acme/app/-/issues?sort=created_date&state=opened&show=${SHOW_ACME_APP_5}`,
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    {
      url: `https://gitlab.com/acme/app/-/boards/4?show=${SHOW_ACME_APP_5}`,
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    {
      url: `https://gitlab.com/acme/app/-/boards?show=${SHOW_ACME_APP_5}`,
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    {
      url: `https://gitlab.com/acme/app/-/work_items?show=${SHOW_ACME_APP_5}`,
      id: 'gitlab:gitlab.com/acme/app#5',
    },
    {
      url: `https://gitlab.com/groups/acme/-/boards/2?show=${show({ iid: '31', full_path: 'acme/web/App', id: 1 })}`,
      id: 'gitlab:gitlab.com/acme/web/app#31',
    },
    {
      url: `https://gitlab.com/groups/acme/web/-/issues?show=${show({ iid: 31, full_path: 'acme/web/app' })}`,
      id: 'gitlab:gitlab.com/acme/web/app#31',
    },
    // Self-managed GitLab on listed hosts, any port
    {
      url: 'https://gitlab.example.com/platform/api/-/issues/5',
      id: 'gitlab:gitlab.example.com/platform/api#5',
      options: SELF,
    },
    {
      url: 'https://GitLab.Example.com:8443/platform/api/-/merge_requests/6/diffs',
      id: 'gitlab:gitlab.example.com/platform/api!6',
      options: SELF,
    },
    {
      url: 'http://gitlab.corp.internal:8080/team/app/-/issues/1',
      id: 'gitlab:gitlab.corp.internal/team/app#1',
      options: { gitlabHosts: ['http://gitlab.corp.internal:8080/'] },
    },
  ],
  negative: [
    // Lists, forms and other project pages
    'https://gitlab.com/acme/app',
    'https://gitlab.com/acme',
    'https://gitlab.com/',
    'https://gitlab.com/acme/app/-/issues',
    'https://gitlab.com/acme/app/-/issues/',
    'https://gitlab.com/acme/app/-/issues?state=opened',
    'https://gitlab.com/acme/app/-/issues/new',
    'https://gitlab.com/acme/app/-/issues/service_desk',
    'https://gitlab.com/acme/app/-/merge_requests',
    'https://gitlab.com/acme/app/-/merge_requests/new',
    'https://gitlab.com/acme/app/-/merge_requests/new/diffs',
    'https://gitlab.com/acme/app/-/merge_requests/17.diff',
    'https://gitlab.com/acme/app/-/merge_requests/17.patch',
    'https://gitlab.com/acme/app/-/merge_requests/17/edit',
    'https://gitlab.com/acme/app/-/boards',
    'https://gitlab.com/acme/app/-/boards/4',
    'https://gitlab.com/acme/app/-/milestones/3',
    'https://gitlab.com/acme/app/-/labels',
    'https://gitlab.com/acme/app/-/commit/5b614b9035f2035b839f48b4db7bd5c3298d526f',
    'https://gitlab.com/acme/app/-/commits/main',
    'https://gitlab.com/acme/app/-/pipelines/123456',
    'https://gitlab.com/acme/app/-/jobs/987654',
    'https://gitlab.com/acme/app/-/blob/main/issues/1',
    'https://gitlab.com/acme/app/-/tree/main/-/issues/1',
    'https://gitlab.com/acme/app/-/wikis/home',
    'https://gitlab.com/acme/app/-/snippets/4',
    'https://gitlab.com/acme/app/-/settings/general',
    'https://gitlab.com/acme/app/issues/5',
    'https://gitlab.com/acme/app/merge_requests/5',
    // Not numbers
    'https://gitlab.com/acme/app/-/issues/0',
    'https://gitlab.com/acme/app/-/issues/abc',
    'https://gitlab.com/acme/app/-/issues/-1',
    'https://gitlab.com/acme/app/-/merge_requests/12345678901',
    // Not projects: one segment, GitLab's own routes, odd characters
    'https://gitlab.com/app/-/issues/5',
    'https://gitlab.com/groups/acme/-/epics/4',
    'https://gitlab.com/groups/acme/-/work_items/4',
    'https://gitlab.com/groups/acme/-/issues/4',
    'https://gitlab.com/dashboard/issues',
    'https://gitlab.com/dashboard/merge_requests',
    'https://gitlab.com/-/profile/account',
    'https://gitlab.com/explore/projects/-/issues/1',
    'https://gitlab.com/admin/projects/-/issues/1',
    'https://gitlab.com/-acme/app/-/issues/5',
    'https://gitlab.com/.acme/app/-/issues/5',
    'https://gitlab.com/ac%20me/app/-/issues/5',
    'https://gitlab.com/%E2%84%AAcme/app/-/issues/5',
    `https://gitlab.com/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/app/-/issues/5`, // 23 path segments
    // Drawers that name no project issue
    `https://gitlab.com/acme/app/-/issues?show=${show({ iid: '5', full_path: 'acme' })}`,
    `https://gitlab.com/acme/app/-/issues?show=${show({ iid: '0', full_path: 'acme/app' })}`,
    `https://gitlab.com/acme/app/-/issues?show=${show({ full_path: 'acme/app' })}`,
    `https://gitlab.com/acme/app/-/issues?show=${show({ iid: '5', full_path: 'groups/acme' })}`,
    `https://gitlab.com/acme/app/-/issues?show=${show({ iid: '5', full_path: 'acme/../app' })}`,
    `https://gitlab.com/acme/app/-/issues?show=${show([5])}`,
    'https://gitlab.com/acme/app/-/issues?show=not-base64!',
    'https://gitlab.com/acme/app/-/issues?show=',
    `https://gitlab.com/acme/app/-/milestones/3?show=${SHOW_ACME_APP_5}`,
    `https://gitlab.com/groups/acme/-/work_items?show=${SHOW_ACME_APP_5}`,
    `https://gitlab.com/groups/acme/-/epic_boards/1?show=${SHOW_ACME_APP_5}`,
    // Other hosts and schemes
    'https://about.gitlab.com/acme/app/-/issues/5',
    'https://docs.gitlab.com/acme/app/-/issues/5',
    'https://www.gitlab.com/acme/app/-/issues/5',
    'https://gitlab.com.evil.com/acme/app/-/issues/5',
    'https://evilgitlab.com/acme/app/-/issues/5',
    'http://gitlab.com/acme/app/-/issues/5',
    'https://gitlab.com:8443/acme/app/-/issues/5',
    'https://gitlab.example.org/acme/app/-/issues/5',
    { url: 'https://gitlab.example.com/platform/api/-/issues/5', options: {} },
    {
      url: 'https://gitlab.example.com/platform/api/-/issues/5',
      options: { githubHosts: ['gitlab.example.com'], jiraHosts: ['gitlab.example.com'] },
    },
    { url: 'ftp://gitlab.example.com/platform/api/-/issues/5', options: SELF },
    { url: 'https://gitlab.example.com/platform/api/-/issues', options: SELF },
  ],
};
