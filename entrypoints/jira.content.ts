import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketSidebar } from '../lib/mount/run-ticket-sidebar';
import { JIRA_MATCHES } from '../lib/trackers/matches';
import { jiraTracker } from '../lib/trackers/jira';

export default defineContentScript({
  matches: [...JIRA_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketSidebar(ctx, jiraTracker, browser.runtime.getURL('/sidebar.html')),
});
