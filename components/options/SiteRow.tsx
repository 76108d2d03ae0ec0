import { i18n } from '#i18n';
import { useState } from 'react';
import { removeSite } from '../../lib/hosts/manage-sites';
import { grantSiteAccess, type SiteAccess } from '../../lib/hosts/site-access';
import { siteHost } from '../../lib/hosts/sites';
import { TRACKERS, type SelfHostedSystem } from '../../lib/trackers/registry';

export const siteSystemLabel = (system: SelfHostedSystem) =>
  TRACKERS[system]?.selfHosted.label ?? system;

/**
 * One added site. When its host permission was revoked in the browser's settings the site stays
 * listed, says so, and offers the permission prompt again; its tags are in IndexedDB, untouched.
 */
export function SiteRow({ site, granted }: SiteAccess) {
  const [refused, setRefused] = useState(false);
  const host = siteHost(site);
  // The prompt must open inside the click: grantSiteAccess asks before anything is awaited.
  const allow = async () => setRefused(!(await grantSiteAccess(site)));
  return (
    <li className={granted ? 'site' : 'site site-no-access'}>
      {siteSystemLabel(site.system)}: {site.origin}{' '}
      <button
        type="button"
        aria-label={i18n.t('options.sites.removeSite', [host])}
        onClick={() => void removeSite(site)}
      >
        {i18n.t('options.sites.remove')}
      </button>
      {!granted && (
        <div
          className="notice warning"
          role="group"
          aria-label={i18n.t('options.sites.needsAccess')}
        >
          <p>
            <strong>{i18n.t('options.sites.needsAccess')}</strong>{' '}
            {i18n.t('options.sites.needsAccessWhy', [host])}
          </p>
          <button
            type="button"
            className="primary"
            aria-label={i18n.t('options.sites.allowAccessTo', [host])}
            onClick={() => void allow()}
          >
            {i18n.t('options.sites.allowAccess')}
          </button>
          {refused && <p className="field-note">{i18n.t('options.sites.stillNoAccess')}</p>}
        </div>
      )}
    </li>
  );
}
