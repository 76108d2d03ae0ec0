import { useEffect, useState } from 'react';
import { readSiteAccess, watchHostPermissions, type SiteAccess } from '../../lib/hosts/site-access';
import type { SelfHostedSite } from '../../lib/hosts/sites';

/**
 * The stored sites with their host permission, kept current while the page is open: revoking
 * access in the browser's settings shows at once, as does granting it again. Until the browser
 * has answered, every site counts as granted (no warning flashes on load).
 */
export function useSiteAccess(sites: readonly SelfHostedSite[]): SiteAccess[] {
  const [access, setAccess] = useState<SiteAccess[]>();
  useEffect(() => {
    // No site, nothing to watch: most people never add one.
    if (sites.length === 0) return;
    const stop = new AbortController();
    const read = () =>
      void readSiteAccess(sites).then((next) => {
        if (!stop.signal.aborted) setAccess(next);
      });
    watchHostPermissions(read, stop.signal);
    read();
    return () => stop.abort();
  }, [sites]);
  const known = access?.length === sites.length && access.every((a, i) => a.site === sites[i]);
  return known ? access : sites.map((site) => ({ site, granted: true }));
}
