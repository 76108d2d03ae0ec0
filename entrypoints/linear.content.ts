import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketContext } from '../lib/mount/run-ticket-context';
import { linearTracker } from '../lib/trackers/linear';

export default defineContentScript({
  matches: [...linearTracker.matches],
  runAt: 'document_idle',
  main: (ctx) => runTicketContext(ctx, linearTracker, browser.runtime.getURL('/sidebar.html')),
});
