import type { TrackerAdapter } from './adapter';
import { githubTracker } from './github';
import { gitlabTracker } from './gitlab';
import { jiraTracker } from './jira';
import { linearTracker } from './linear';

/**
 * Every tracker, by system. A new tracker is one folder (identity.ts, url.ts, page.ts, content.ts,
 * index.ts, with the same exports as the others), one line here and one content-script entrypoint;
 * the conformance test (test/lib/trackers/conformance.test.ts) names whatever is missing.
 * Everything else — the ticket id schema, detection, hosts options, badges, switches, search, the
 * investment mix — is derived from this table. Content scripts never import it: each takes its own
 * tracker's `content.ts`.
 */
export const TRACKERS = {
  jira: jiraTracker,
  linear: linearTracker,
  github: githubTracker,
  gitlab: gitlabTracker,
} as const satisfies Record<string, TrackerAdapter>;

export type TrackerSystem = keyof typeof TRACKERS;

/** In registry order (which is the order trackers are listed in). */
export const TRACKER_SYSTEMS = Object.keys(TRACKERS) as [TrackerSystem, ...TrackerSystem[]];

/** Trackers people also run on their own hosts. */
export type SelfHostedSystem = {
  [System in TrackerSystem]: (typeof TRACKERS)[System] extends { selfHosted: object }
    ? System
    : never;
}[TrackerSystem];

export const SELF_HOSTED_SYSTEMS = TRACKER_SYSTEMS.filter(
  (system) => 'selfHosted' in TRACKERS[system],
) as SelfHostedSystem[];

/** Every origin pattern where a built-in content script runs and the sidebar may be embedded. */
export const TRACKER_MATCHES = TRACKER_SYSTEMS.flatMap((system) => TRACKERS[system].matches);

/**
 * "Jira, Linear, GitHub and GitLab" (`and`) or "… or GitLab" (`or`), for copy that names trackers;
 * extension pages pass the reader's locale ("Jira, Linear, GitHub und GitLab").
 */
export function trackerNames(
  joiner: 'and' | 'or',
  systems: readonly TrackerSystem[] = TRACKER_SYSTEMS,
  locale = 'en-GB',
): string {
  const type = joiner === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(locale, { type }).format(systems.map((s) => TRACKERS[s].name));
}
