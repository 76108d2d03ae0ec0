import { useId, useState, type FormEvent } from 'react';
import { addSite, removeSite } from '../../lib/hosts/manage-sites';
import { siteHost } from '../../lib/hosts/sites';
import { selfHostedSites } from '../../lib/hosts/stored-sites';
import {
  SELF_HOSTED_SYSTEMS,
  TRACKERS,
  trackerNames,
  type SelfHostedSystem,
} from '../../lib/trackers/registry';
import { useStoredSetting } from '../shared/useStoredSetting';
import { MarkSwitches } from './MarkSwitches';
import { TrackerSwitches } from './TrackerSwitches';

type Notice = { kind: 'none' } | { kind: 'added'; host: string } | { kind: 'error'; text: string };

const label = (system: SelfHostedSystem) => TRACKERS[system]?.selfHosted.label ?? system;

/** Self-hosted sites (Jira Server, GitHub Enterprise, GitLab self-managed…), with their host permission. */
export function SitesSection() {
  const [sites = []] = useStoredSetting(selfHostedSites);
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
      <h2 id="sites-heading">Sites</h2>
      <TrackerSwitches />
      <MarkSwitches />
      <p>
        {trackerNames('and')} in the cloud work as they are. Add your own{' '}
        {trackerNames('or', SELF_HOSTED_SYSTEMS)} site here.
      </p>
      {sites.length > 0 && (
        <ul aria-label="Added sites">
          {sites.map((site) => (
            <li key={`${site.system} ${site.origin}`}>
              {label(site.system)}: {site.origin}{' '}
              <button
                type="button"
                aria-label={`Remove ${siteHost(site)}`}
                onClick={() => void removeSite(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="connect-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={systemId}>Tracker</label>
        <select
          id={systemId}
          value={system}
          onChange={(event) => setSystem(event.target.value as SelfHostedSystem)}
        >
          {SELF_HOSTED_SYSTEMS.map((option) => (
            <option key={option} value={option}>
              {label(option)}
            </option>
          ))}
        </select>
        <label htmlFor={addressId}>Site address</label>
        <input
          id={addressId}
          type="text"
          value={address}
          placeholder={TRACKERS[system].selfHosted.example}
          autoComplete="url"
          onChange={(event) => setAddress(event.target.value)}
        />
        <div className="actions">
          <button type="submit">Add site</button>
        </div>
        {notice.kind === 'added' && (
          <p role="status">Added {notice.host}. Reload its open tabs to see the sidebar there.</p>
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
