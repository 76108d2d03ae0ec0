import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketSidebar } from '../lib/mount/run-ticket-sidebar';
import { githubTracker } from '../lib/trackers/github';

// Also registered at run time for the self-hosted sites added in the options page (lib/hosts/).
export default defineContentScript({
  matches: [...githubTracker.matches],
  runAt: 'document_idle',
  main: (ctx) => runTicketSidebar(ctx, githubTracker, browser.runtime.getURL('/sidebar.html')),
});
