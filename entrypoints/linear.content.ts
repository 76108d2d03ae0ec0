import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketSidebar } from '../lib/mount/run-ticket-sidebar';
import { LINEAR_MATCHES } from '../lib/trackers/matches';
import { linearPage } from '../lib/trackers/linear/page';

export default defineContentScript({
  matches: [...LINEAR_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketSidebar(ctx, linearPage, browser.runtime.getURL('/sidebar.html')),
});
