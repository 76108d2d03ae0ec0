import type { TrackerIdentity } from './identity';
import type { TrackerSystem } from './registry';

/** A ticket found in a page URL (DESIGN.md "Ticket ids"). */
export interface DetectedTicket {
  system: TrackerSystem;
  /** What people call it: `PAY-42`, `ENG-7`, `acme/app#42`. */
  key: string;
  /** The canonical id: `jira:acme.atlassian.net/PAY-42`, `linear:acme/ENG-7`, `github:github.com/acme/app#42`. */
  id: string;
  /** The hostname the URL was on, lowercase, without a port (ids carry none). */
  host: string;
}

/**
 * Self-hosted sites people added, per tracker (`jiraHosts`, `githubHosts`, `gitlabHosts`): each
 * entry a host, matched whatever the port.
 */
export type TrackerUrlOptions = {
  // Keyed by any `<system>Hosts` rather than derived from the registry: parsers take these options,
  // and the registry's type is derived from the parsers.
  readonly [option: `${string}Hosts`]: readonly string[] | undefined;
};

/** A pure URL parser: the ticket a page URL names, or null. Never throws. */
export type TrackerUrlParser = (url: URL, options?: TrackerUrlOptions) => DetectedTicket | null;

/** A URL that names a ticket, with the options under which it does. */
export interface PositiveUrlExample {
  url: string;
  id: string;
  options?: TrackerUrlOptions;
}

/** A URL that names no ticket; with options when it must stay a non-ticket even with them. */
export type NegativeUrlExample = string | { url: string; options: TrackerUrlOptions };

export interface UrlExamples {
  positive: readonly PositiveUrlExample[];
  negative: readonly NegativeUrlExample[];
}

/**
 * Whether `url.hostname` is one of the configured hosts, on any port (DESIGN.md: a listed site
 * matches its hostname whatever the port). Entries are compared case-insensitively and may carry a
 * port, a scheme or a trailing path (`https://jira.example.com:8443/`), since people paste them
 * from the address bar.
 */
export function isListedHost(url: URL, hosts: readonly string[] | undefined): boolean {
  if (!Array.isArray(hosts) || hosts.length === 0) return false;
  return normalizedHosts(hosts).has(url.hostname);
}

/**
 * Normalising the list on every call was half the cost of detection; the same array comes back on
 * every navigation, so keep its normalised form while its entries are unchanged.
 */
const normalizedCache = new WeakMap<readonly string[], { entries: string[]; hosts: Set<string> }>();

function normalizedHosts(list: readonly string[]): Set<string> {
  const cached = normalizedCache.get(list);
  if (cached?.entries.length === list.length && cached.entries.every((e, i) => e === list[i])) {
    return cached.hosts;
  }
  const hosts = new Set<string>();
  for (const entry of list) if (typeof entry === 'string') hosts.add(normalizeHostEntry(entry));
  normalizedCache.set(list, { entries: [...list], hosts });
  return hosts;
}

function normalizeHostEntry(entry: string): string {
  let host = entry.trim().toLowerCase();
  const scheme = host.indexOf('://');
  if (scheme !== -1) host = host.slice(scheme + 3);
  const end = host.search(/[/?#]/);
  if (end !== -1) host = host.slice(0, end);
  host = host.replace(/:\d*$/, '');
  // Internationalised names reach us as punycode in `url.host`.
  if (/[^\x20-\x7e]/.test(host)) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return '';
    }
  }
  return host;
}

/** Longest canonical id `TicketIdSchema` accepts. */
const MAX_ID_LENGTH = 300;

/** The detected ticket, or null when the id would not be canonical (long host, odd characters). */
export function canonicalTicket(
  tracker: Pick<TrackerIdentity<TrackerSystem>, 'system' | 'idPattern'>,
  host: string,
  key: string,
  id: string,
): DetectedTicket | null {
  if (id.length > MAX_ID_LENGTH || !tracker.idPattern.test(id)) return null;
  return { system: tracker.system, key, id, host };
}
