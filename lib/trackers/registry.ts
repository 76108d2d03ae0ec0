import type { TrackerSystem } from '../schema/ticket-id-patterns';
import type { TrackerAdapter } from './adapter';
import { githubTracker } from './github';
import { jiraTracker } from './jira';
import { linearTracker } from './linear';

/**
 * Every tracker, by system. A new tracker is one folder (url.ts, page.ts, index.ts, with the
 * same exports as the others), one line here and one content-script entrypoint; the conformance
 * test (test/lib/trackers/conformance.test.ts) names whatever is missing.
 */
export const TRACKERS = {
  jira: jiraTracker,
  linear: linearTracker,
  github: githubTracker,
} as const satisfies Record<TrackerSystem, TrackerAdapter>;
