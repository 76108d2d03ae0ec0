import type { SelfHostedSystem } from '../trackers/registry';
import type { TrackerUrlOptions } from '../trackers/types';

/**
 * One self-hosted site: Jira Server / Data Center, GitHub Enterprise Server, GitLab self-managed…
 * (the trackers whose identity has `selfHosted`; lib/trackers/registry.ts).
 */
export interface SelfHostedSite {
  system: SelfHostedSystem;
  /** `https://jira.example.com` or `http://jira.corp:8080`: scheme, host and port, no path. */
  origin: string;
}

/**
 * Where the list lives: `browser.storage.local`, which content scripts can read (they need it to
 * recognise these hosts) and which holds nothing secret. The version is in the key: a future
 * shape gets a new key and a migration from this one.
 */
export const SITES_STORAGE_KEY = 'throughline.selfHostedSites.v1';

/** The host permission and content-script match pattern: Chromium patterns match every port. */
export function originPattern(site: SelfHostedSite): string {
  const url = new URL(site.origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** `host[:port]`, as people typed it: how the options page names the site. */
export function siteHost(site: SelfHostedSite): string {
  return new URL(site.origin).host;
}

/** A tracker name as the registry spells them (content scripts cannot import the registry). */
const SYSTEM_NAME = /^[a-z]{1,32}$/;

/**
 * The stored list, keeping only well-formed entries: storage is ours, but a content script
 * must not trust it blindly (no zod in content scripts, so checked by hand). An entry of a tracker
 * this build does not know is kept: it only ever makes that tracker's hosts recognised.
 */
export function readSites(stored: unknown): SelfHostedSite[] {
  const list = (stored as { sites?: unknown } | null | undefined)?.sites;
  if (!Array.isArray(list)) return [];
  const sites: SelfHostedSite[] = [];
  // Lists stored before ports left ids may hold one site twice (`:8443` and the default port):
  // a site is its hostname, so the first entry stands for both.
  const hostnames = new Set<string>();
  for (const entry of list.slice(0, 100)) {
    const { system, origin } = (entry ?? {}) as Record<string, unknown>;
    if (typeof system !== 'string' || !SYSTEM_NAME.test(system)) continue;
    if (typeof origin !== 'string' || !/^https?:\/\/[^/?#@\s]+$/.test(origin)) continue;
    const hostname = URL.parse(origin)?.hostname;
    if (!hostname || hostnames.has(hostname)) continue;
    hostnames.add(hostname);
    sites.push({ system: system as SelfHostedSystem, origin });
  }
  return sites;
}

/** What storage holds for a list of sites. */
export function storedSites(sites: readonly SelfHostedSite[]): { sites: SelfHostedSite[] } {
  return { sites: sites.map(({ system, origin }) => ({ system, origin })) };
}

/** The detection options that make these sites' tickets recognised: `{ jiraHosts: [...], … }`. */
export function hostOptions(sites: readonly SelfHostedSite[]): TrackerUrlOptions {
  const options: Record<string, string[]> = {};
  for (const site of sites)
    (options[`${site.system}Hosts`] ??= []).push(new URL(site.origin).hostname);
  return options;
}
