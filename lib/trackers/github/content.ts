import type { TrackerContent } from '../adapter';
import { githubIds } from './identity';
import { githubPage } from './page';
import { parseGitHubTicketUrl } from './url';

/** What GitHub's content script runs on (the same parts as `githubTracker`, without its names). */
export const githubContent = {
  system: githubIds.system,
  ...githubPage,
  parseUrl: parseGitHubTicketUrl,
} as const satisfies TrackerContent<'github'>;
