import { i18n } from '#i18n';
import { TRACKER_MATCHES } from '../trackers/registry';

export type SiteAddress = { ok: true; origin: string } | { ok: false; error: string };

/** Longest DNS name. */
const MAX_HOSTNAME_LENGTH = 253;
/** Hostnames only: letters, digits, hyphens and dots (IDNs arrive here as punycode). */
const HOSTNAME =
  /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The origin of a self-hosted site from what someone typed or pasted: a bare host
 * (`jira.example.com`), a host and port, or any page URL of the site (its path, query and
 * fragment are dropped: detection finds a Jira context path by itself). https unless `http://`
 * is typed. Returns a message for people when the input cannot be a site.
 */
export function parseSiteAddress(input: string): SiteAddress {
  const text = input.trim();
  if (!text) return { ok: false, error: i18n.t('options.sites.addressEmpty') };
  if (/\s/.test(text)) return { ok: false, error: i18n.t('options.sites.addressSpaces') };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: i18n.t('options.sites.addressInvalid') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: i18n.t('options.sites.addressScheme') };
  if (url.username || url.password)
    return { ok: false, error: i18n.t('options.sites.addressCredentials') };
  if (url.hostname.length > MAX_HOSTNAME_LENGTH || !HOSTNAME.test(url.hostname))
    return { ok: false, error: i18n.t('options.sites.addressHost') };
  if (isBuiltIn(url))
    return { ok: false, error: i18n.t('options.sites.addressBuiltIn', [url.hostname]) };
  return { ok: true, origin: url.origin };
}

/** Cloud trackers have content scripts of their own (each tracker's `matches`). */
function isBuiltIn(url: URL): boolean {
  return TRACKER_MATCHES.some((pattern) => {
    const host = /^[a-z]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
    if (!host.startsWith('*.')) return url.hostname === host;
    const domain = host.slice(2);
    return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
  });
}
