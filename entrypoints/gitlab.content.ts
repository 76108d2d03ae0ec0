import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketSidebar } from '../lib/mount/run-ticket-sidebar';
import { gitlabTracker } from '../lib/trackers/gitlab';

// Also registered at run time for the self-hosted sites added in the options page (lib/hosts/).
export default defineContentScript({
  matches: [...gitlabTracker.matches],
  runAt: 'document_idle',
  main: (ctx) => runTicketSidebar(ctx, gitlabTracker, browser.runtime.getURL('/sidebar.html')),
});
