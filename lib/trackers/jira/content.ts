import type { TrackerContent } from '../adapter';
import { jiraIds } from './identity';
import { jiraPage } from './page';
import { parseJiraTicketUrl } from './url';

/** What Jira's content script runs on (the same parts as `jiraTracker`, without its names). */
export const jiraContent = {
  system: jiraIds.system,
  ...jiraPage,
  parseUrl: parseJiraTicketUrl,
} as const satisfies TrackerContent<'jira'>;
