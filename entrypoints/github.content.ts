import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketSidebar } from '../lib/mount/run-ticket-sidebar';
import { GITHUB_MATCHES } from '../lib/trackers/matches';
import { githubTracker } from '../lib/trackers/github';

export default defineContentScript({
  matches: [...GITHUB_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketSidebar(ctx, githubTracker, browser.runtime.getURL('/sidebar.html')),
});
