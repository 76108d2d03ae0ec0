import type { TrackerAdapter } from '../adapter';
import { githubPage } from './page';
import { parseGitHubTicketUrl } from './url';

/** Everything a content script needs to know about GitHub. */
export const githubTracker: TrackerAdapter = { ...githubPage, parseUrl: parseGitHubTicketUrl };
