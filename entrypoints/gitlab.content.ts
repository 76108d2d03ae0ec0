import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketContext } from '../lib/mount/run-ticket-context';
import { gitlabContent } from '../lib/trackers/gitlab/content';
import { GITLAB_MATCHES } from '../lib/trackers/gitlab/identity';

// Also registered at run time for the self-hosted sites added in the options page (lib/hosts/).
export default defineContentScript({
  matches: [...GITLAB_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketContext(ctx, gitlabContent),
});
