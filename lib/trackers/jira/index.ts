import type { TrackerAdapter } from '../adapter';
import { jiraPage } from './page';
import { parseJiraTicketUrl } from './url';

/** Everything a content script needs to know about Jira. */
export const jiraTracker: TrackerAdapter = { ...jiraPage, parseUrl: parseJiraTicketUrl };
