import type { TrackerSystem } from '../trackers/registry';

/** When a rule applies (DESIGN.md "rule"): every condition given must hold; at least one is. */
export interface RuleConditions {
  tracker?: TrackerSystem;
  /** A hostname, lowercase: `acme.atlassian.net`, `github.com`, `linear.app`. */
  host?: string;
  /** `PAY` (a Jira project or Linear team), `acme/billing`, `acme/web/app`, or `acme/*`. */
  project?: string;
  /** Words or phrases; any of them, case-insensitive, in the ticket's title. */
  titleHas?: readonly string[];
}

/** What a rule is matched against, read from the ticket's id and the title its page shows. */
export interface TicketFacts {
  id: string;
  system: TrackerSystem;
  /** The hostname the ticket lives on (`linear.app` for Linear). */
  host: string;
  /** `PAY`, `ENG`, `acme/app`, `acme/web/app`. */
  project: string;
  title?: string;
}

/**
 * Whether every condition holds for the ticket. Plain string comparisons only: nothing in a rule
 * or a title is ever used as a pattern, so no input can make evaluation slow.
 */
export function ruleMatches(when: RuleConditions, ticket: TicketFacts): boolean {
  if (when.tracker !== undefined && when.tracker !== ticket.system) return false;
  if (when.host !== undefined && when.host.toLowerCase() !== ticket.host) return false;
  if (when.project !== undefined && !projectMatches(when.project, ticket.project)) return false;
  if (when.titleHas !== undefined && !titleHasAny(ticket.title, when.titleHas)) return false;
  return true;
}

/** `acme/*` is every project under the owner or group `acme` (nested groups too). */
function projectMatches(pattern: string, project: string): boolean {
  const wanted = pattern.toLowerCase();
  const actual = project.toLowerCase();
  if (wanted.endsWith('/*')) return actual.startsWith(wanted.slice(0, -1));
  return wanted === actual;
}

function titleHasAny(title: string | undefined, phrases: readonly string[]): boolean {
  if (!title) return false;
  const haystack = title.toLowerCase();
  return phrases.some((phrase) => phrase.trim() !== '' && haystack.includes(phrase.toLowerCase()));
}
