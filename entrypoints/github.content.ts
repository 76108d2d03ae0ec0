import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketContext } from '../lib/mount/run-ticket-context';
import { githubTracker } from '../lib/trackers/github';

// Also registered at run time for the self-hosted sites added in the options page (lib/hosts/).
export default defineContentScript({
  matches: [...githubTracker.matches],
  runAt: 'document_idle',
  main: (ctx) => runTicketContext(ctx, githubTracker, browser.runtime.getURL('/sidebar.html')),
});
