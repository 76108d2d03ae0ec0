import { TRACKERS, type TrackerSystem } from './trackers/registry';
import type { DetectedTicket, TrackerUrlOptions, TrackerUrlParser } from './trackers/types';
import { toUrl } from './trackers/to-url';

export type { DetectedTicket, TrackerUrlOptions } from './trackers/types';
export { MAX_URL_LENGTH } from './trackers/to-url';

/** Every tracker's URL parser, by system (from the registry in lib/trackers/registry.ts). */
export const TRACKER_URL_PARSERS = Object.fromEntries(
  Object.entries(TRACKERS).map(([system, tracker]) => [system, tracker.parseUrl]),
) as Record<TrackerSystem, TrackerUrlParser>;

const PARSERS: readonly TrackerUrlParser[] = Object.values(TRACKER_URL_PARSERS);

/**
 * The ticket a page URL shows, or null. Jira Cloud (`*.atlassian.net`), Linear, github.com and
 * gitlab.com are recognised as they are; self-hosted sites only on hosts listed in `options`
 * (`jiraHosts`, `githubHosts`, `gitlabHosts`; any port, any case). Never throws.
 */
export function detectTicket(
  url: string | URL,
  options: TrackerUrlOptions = {},
): DetectedTicket | null {
  try {
    const parsed = toUrl(url);
    if (!parsed) return null;
    const hosts = options ?? {}; // `null` from untyped callers
    for (const parse of PARSERS) {
      const ticket = parse(parsed, hosts);
      if (ticket) return ticket;
    }
    return null;
  } catch {
    // Unreachable by design; a detector must still never throw into a host page.
    return null;
  }
}
