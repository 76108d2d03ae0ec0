import { i18n } from '#i18n';
import type { SyncStatus } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import { relativeTime } from '../shared/relative-time';
import { useWorkerAction } from '../shared/useWorkerAction';
import { tagCount } from './DisconnectButton';
import { ExportButton } from './ExportButton';
import { QuarantineList } from './QuarantineList';
import { ResetLocalData } from './ResetLocalData';
import { SetAsideList } from './SetAsideList';
import { SyncIntervalSelect } from './SyncIntervalSelect';
import type { LocalData } from './useLocalData';

/** When it last synced, what waits, what was set aside, and the ways to act on it. */
export function SyncSection({ status, local }: { status?: SyncStatus; local: LocalData }) {
  // The status line below reports sync failures; the action's own error is the worker's silence.
  const { busy, error, run } = useWorkerAction();
  const syncNow = () => run(() => sendMessage('sync.now', {}).then(() => ({ ok: true })));
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{i18n.t('options.sync.heading')}</h2>
      <dl className="facts">
        <dt>{i18n.t('options.sync.lastSync')}</dt>
        <dd>
          {status?.running ? i18n.t('options.sync.running') : relativeTime(status?.lastSuccessAt)}
          {status?.lastError && <span className="error-text"> · {status.lastError}</span>}
        </dd>
        <dt>{i18n.t('options.sync.waiting')}</dt>
        <dd>{local.pending === 0 ? i18n.t('options.sync.nothing') : tagCount(local.pending)}</dd>
      </dl>
      <SyncIntervalSelect />
      {error && <p className="error-text">{error}</p>}
      <div className="actions row">
        <button type="button" className="primary" onClick={() => void syncNow()} disabled={busy}>
          {busy ? i18n.t('options.sync.syncing') : i18n.t('options.sync.syncNow')}
        </button>
        <ExportButton />
        <ResetLocalData pending={local.pending} />
      </div>
      <h3>{i18n.t('options.sync.setAsideHeading')}</h3>
      <SetAsideList entries={local.setAside} />
      <QuarantineList items={local.quarantined} total={local.quarantinedTotal} />
    </section>
  );
}
