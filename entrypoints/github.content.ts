import { defineContentScript } from 'wxt/utils/define-content-script';
import { runTicketContext } from '../lib/mount/run-ticket-context';
import { githubContent } from '../lib/trackers/github/content';
import { GITHUB_MATCHES } from '../lib/trackers/github/identity';

// Also registered at run time for the self-hosted sites added in the options page (lib/hosts/).
export default defineContentScript({
  matches: [...GITHUB_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => runTicketContext(ctx, githubContent),
});
