import type { TrackerAdapter } from '../adapter';
import { jiraIdentity } from './identity';
import { jiraPage } from './page';
import { parseJiraTicketUrl } from './url';

/** Everything Throughline knows about Jira: its ids, its URLs and its pages. */
export const jiraTracker = {
  ...jiraIdentity,
  ...jiraPage,
  parseUrl: parseJiraTicketUrl,
} as const satisfies TrackerAdapter<'jira'>;
