import type { TrackerAdapter } from '../adapter';
import { GITHUB_MATCHES } from '../matches';
import { githubPage } from './page';
import { parseGitHubTicketUrl } from './url';

/** Everything a content script needs to know about GitHub. */
export const githubTracker: TrackerAdapter = {
  ...githubPage,
  parseUrl: parseGitHubTicketUrl,
  matches: GITHUB_MATCHES,
  selfHosted: { option: 'githubHosts', label: 'GitHub Enterprise' },
};
