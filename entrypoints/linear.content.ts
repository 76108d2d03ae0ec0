import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketContext } from '../lib/mount/run-ticket-context';
import { linearContent } from '../lib/trackers/linear/content';
import { LINEAR_MATCHES } from '../lib/trackers/linear/identity';

export default defineContentScript({
  matches: [...LINEAR_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketContext(ctx, linearContent),
});
