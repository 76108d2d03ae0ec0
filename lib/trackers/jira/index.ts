import type { TrackerAdapter } from '../adapter';
import { JIRA_MATCHES } from '../matches';
import { jiraPage } from './page';
import { parseJiraTicketUrl } from './url';

/** Everything a content script needs to know about Jira. */
export const jiraTracker: TrackerAdapter = {
  ...jiraPage,
  parseUrl: parseJiraTicketUrl,
  matches: JIRA_MATCHES,
  selfHosted: { option: 'jiraHosts', label: 'Jira Server / Data Center' },
};
