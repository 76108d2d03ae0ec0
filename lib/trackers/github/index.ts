import type { TrackerAdapter } from '../adapter';
import { githubIdentity } from './identity';
import { githubPage } from './page';
import { parseGitHubTicketUrl } from './url';

/** Everything Throughline knows about GitHub: its ids, its URLs and its pages. */
export const githubTracker = {
  ...githubIdentity,
  ...githubPage,
  parseUrl: parseGitHubTicketUrl,
} as const satisfies TrackerAdapter<'github'>;
