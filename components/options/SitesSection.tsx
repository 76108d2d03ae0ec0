import { uiLocale } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import { addSite } from '../../lib/hosts/manage-sites';
import { siteHost, type SelfHostedSite } from '../../lib/hosts/sites';
import { selfHostedSites } from '../../lib/hosts/stored-sites';
import {
  SELF_HOSTED_SYSTEMS,
  TRACKERS,
  trackerNames,
  type SelfHostedSystem,
} from '../../lib/trackers/registry';
import { useStoredSetting } from '../shared/useStoredSetting';
import { SiteRow, siteSystemLabel } from './SiteRow';
import { MarkSwitches } from './MarkSwitches';
import { TrackerSwitches } from './TrackerSwitches';
import { useSiteAccess } from './useSiteAccess';

type Notice = { kind: 'none' } | { kind: 'added'; host: string } | { kind: 'error'; text: string };

const NO_SITES: readonly SelfHostedSite[] = [];

/**
 * Self-hosted sites (Jira Server, GitHub Enterprise, GitLab self-managed…), each with whether the
 * browser still lets Throughline in.
 */
export function SitesSection() {
  const [sites = NO_SITES] = useStoredSetting(selfHostedSites);
  const access = useSiteAccess(sites);
  const systemId = useId();
  const addressId = useId();
  const [system, setSystem] = useState<SelfHostedSystem>(SELF_HOSTED_SYSTEMS[0] ?? 'jira');
  const [address, setAddress] = useState('');
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // addSite asks for the host permission first thing: nothing may be awaited before it.
    const result = await addSite(system, address);
    if (!result.ok) return setNotice({ kind: 'error', text: result.error });
    setAddress('');
    setNotice({ kind: 'added', host: siteHost(result.site) });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites.heading')}</h2>
      <TrackerSwitches />
      <MarkSwitches />
      <p>
        {i18n.t('options.sites.intro', [
          trackerNames('and', undefined, uiLocale()),
          trackerNames('or', SELF_HOSTED_SYSTEMS, uiLocale()),
        ])}
      </p>
      {sites.length > 0 && (
        <ul aria-label={i18n.t('options.sites.added')}>
          {access.map(({ site, granted }) => (
            <SiteRow key={`${site.system} ${site.origin}`} site={site} granted={granted} />
          ))}
        </ul>
      )}
      <form className="connect-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={systemId}>{i18n.t('options.sites.tracker')}</label>
        <select
          id={systemId}
          value={system}
          onChange={(event) => setSystem(event.target.value as SelfHostedSystem)}
        >
          {SELF_HOSTED_SYSTEMS.map((option) => (
            <option key={option} value={option}>
              {siteSystemLabel(option)}
            </option>
          ))}
        </select>
        <label htmlFor={addressId}>{i18n.t('options.sites.address')}</label>
        <input
          id={addressId}
          type="text"
          value={address}
          placeholder={TRACKERS[system].selfHosted.example}
          autoComplete="url"
          onChange={(event) => setAddress(event.target.value)}
        />
        <div className="actions">
          <button type="submit">{i18n.t('options.sites.add')}</button>
        </div>
        {notice.kind === 'added' && (
          <p role="status">{i18n.t('options.sites.addedNotice', [notice.host])}</p>
        )}
        {notice.kind === 'error' && (
          <p className="notice error" role="alert">
            {notice.text}
          </p>
        )}
      </form>
    </section>
  );
}
