import { browser } from 'wxt/browser';
import { originPattern, type SelfHostedSite } from './sites';

/** A stored site and whether the browser lets Throughline into it right now. */
export interface SiteAccess {
  site: SelfHostedSite;
  granted: boolean;
}

/**
 * Each stored site with its host permission as the browser has it now. A permission revoked in
 * the browser's settings (chrome://extensions, about:addons) leaves the site stored: it is the
 * person's choice of site, and the way back is one click on "Allow access", not typing it again.
 */
export async function readSiteAccess(sites: readonly SelfHostedSite[]): Promise<SiteAccess[]> {
  return Promise.all(
    sites.map(async (site) => ({
      site,
      granted: await browser.permissions
        .contains({ origins: [originPattern(site)] })
        .catch(() => false),
    })),
  );
}

/** Calls `onChange` whenever a host permission is granted or revoked, until `signal` aborts. */
export function watchHostPermissions(onChange: () => void, signal: AbortSignal): void {
  const listener = () => onChange();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  });
}

/**
 * Asks the browser again for a stored site's host permission. Must be called straight from the
 * click handler, before any other `await` (browsers prompt only during a user gesture). Once
 * granted, the worker registers the site's content script again (lib/hosts/site-scripts.ts).
 */
export async function grantSiteAccess(site: SelfHostedSite): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(site)] }).catch(() => false);
}
