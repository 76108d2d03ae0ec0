import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketSidebar } from '../lib/mount/run-ticket-sidebar';
import { linearTracker } from '../lib/trackers/linear';

export default defineContentScript({
  matches: [...linearTracker.matches],
  runAt: 'document_idle',
  main: (ctx) => runTicketSidebar(ctx, linearTracker, browser.runtime.getURL('/sidebar.html')),
});
