import { useSyncState } from '../shared/useSyncState';
import { ConnectForm } from './ConnectForm';
import { SitesSection } from './SitesSection';
import { SyncSection } from './SyncSection';

export function OptionsApp() {
  const sync = useSyncState();
  return (
    <main className="options">
      <h1>Throughline settings</h1>
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading">Connection</h2>
        {sync.connection && (
          <p className="connected" role="status">
            Connected to <strong>{sync.connection.workspaceName}</strong> as{' '}
            {sync.connection.userName}
          </p>
        )}
        {sync.loaded && <ConnectForm current={sync.connection} />}
      </section>
      {sync.connection && <SyncSection status={sync.status} />}
      <SitesSection />
    </main>
  );
}
