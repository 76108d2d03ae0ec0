import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { parseSiteAddress } from './site-address';
import type { SelfHostedSystem } from '../trackers/registry';
import { originPattern, siteHost, type SelfHostedSite } from './sites';
import { loadSites, saveSites } from './stored-sites';

export type AddSiteResult = { ok: true; site: SelfHostedSite } | { ok: false; error: string };

/**
 * Adds a self-hosted site from the options page. Must be called straight from the click (or
 * submit) handler, before any other `await`: browsers grant `permissions.request` only while
 * the user's gesture is still active. The background worker registers the content script when the
 * stored list changes (lib/hosts/site-scripts.ts).
 */
export async function addSite(system: SelfHostedSystem, input: string): Promise<AddSiteResult> {
  const address = parseSiteAddress(input);
  if (!address.ok) return address;
  const site: SelfHostedSite = { system, origin: address.origin };
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [originPattern(site)] });
  } catch (error) {
    return { ok: false, error: i18n.t('options.sites.browserRefused', [(error as Error).message]) };
  }
  if (!granted)
    return { ok: false, error: i18n.t('options.sites.needsAccessTo', [siteHost(site)]) };

  const sites = await loadSites();
  // A site is its hostname, whatever the port (DESIGN.md "Ticket ids").
  const hostname = (entry: SelfHostedSite) => new URL(entry.origin).hostname;
  const taken = sites.find((other) => hostname(other) === hostname(site));
  if (taken && taken.system !== system)
    return { ok: false, error: i18n.t('options.sites.alreadyAdded', [siteHost(site)]) };
  if (!taken) await saveSites([...sites, site]);
  return { ok: true, site };
}

/** Removes a site, and gives back its host permission unless another site still needs it. */
export async function removeSite(site: SelfHostedSite): Promise<void> {
  const rest = (await loadSites()).filter(
    (other) => !(other.system === site.system && other.origin === site.origin),
  );
  await saveSites(rest);
  const pattern = originPattern(site);
  if (!rest.some((other) => originPattern(other) === pattern))
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
