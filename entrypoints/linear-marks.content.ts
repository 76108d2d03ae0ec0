import { defineContentScript } from 'wxt/utils/define-content-script';
import { runMarksScript } from '../lib/mount/marks/run-marks-script';
import { linearTracker } from '../lib/trackers/linear';

// Marks beside ticket links on boards and lists (issue 15), on the same pages as linear.content.ts;
// also registered at run time for self-hosted sites (lib/hosts/site-scripts.ts).
export default defineContentScript({
  matches: [...linearTracker.matches],
  runAt: 'document_idle',
  main: (ctx) => runMarksScript(ctx, linearTracker),
});
