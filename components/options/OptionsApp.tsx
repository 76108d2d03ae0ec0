import { i18n } from '#i18n';
import { useSyncState } from '../shared/useSyncState';
import { ConnectionSection } from './ConnectionSection';
import { RecentHistorySection } from './RecentHistorySection';
import { SitesSection } from './SitesSection';
import { StandaloneSection } from './StandaloneSection';
import { SyncSection } from './SyncSection';
import { useLocalData } from './useLocalData';
import { useManagedPolicy } from './useManagedPolicy';

/**
 * The options page: connect (or import a file to work without a server), then sync and sites.
 * Rendered once the stored state is read, so no form flashes empty and fills in.
 */
export function OptionsApp() {
  const sync = useSyncState();
  const local = useLocalData();
  const policy = useManagedPolicy();
  if (!sync.loaded || !local || !policy)
    return <main className="options muted">{i18n.t('options.loading')}</main>;
  return (
    <main className="options">
      <h1>{i18n.t('options.title')}</h1>
      <ConnectionSection
        connection={sync.connection}
        standalone={local.standalone}
        policy={policy}
        pending={local.pending}
      />
      {sync.connection ? (
        <SyncSection status={sync.status} local={local} />
      ) : (
        <StandaloneSection standalone={local.standalone} counts={local.counts} />
      )}
      <SitesSection />
      <RecentHistorySection />
    </main>
  );
}
