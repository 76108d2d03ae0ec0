import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketContext } from '../lib/mount/run-ticket-context';
import { jiraContent } from '../lib/trackers/jira/content';
import { JIRA_MATCHES } from '../lib/trackers/jira/identity';

// Also registered at run time for the self-hosted sites added in the options page (lib/hosts/).
export default defineContentScript({
  matches: [...JIRA_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketContext(ctx, jiraContent),
});
