import { useState } from 'react';
import type { SyncStatus } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import { relativeTime } from '../shared/relative-time';
import { tagCount } from './DisconnectButton';
import { ExportButton } from './ExportButton';
import { QuarantineList } from './QuarantineList';
import { ResetLocalData } from './ResetLocalData';
import { SetAsideList } from './SetAsideList';
import { SyncIntervalSelect } from './SyncIntervalSelect';
import type { LocalData } from './useLocalData';

/** When it last synced, what waits, what was set aside, and the ways to act on it. */
export function SyncSection({ status, local }: { status?: SyncStatus; local: LocalData }) {
  const [busy, setBusy] = useState(false);
  const syncNow = async () => {
    setBusy(true);
    try {
      await sendMessage('sync.now', {});
    } catch {
      // The status line below reports failures; a worker that did not answer changes nothing.
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <dl className="facts">
        <dt>Last sync</dt>
        <dd>
          {status?.running ? 'running…' : relativeTime(status?.lastSuccessAt)}
          {status?.lastError && <span className="error-text"> · {status.lastError}</span>}
        </dd>
        <dt>Waiting to be sent</dt>
        <dd>{local.pending === 0 ? 'nothing' : tagCount(local.pending)}</dd>
      </dl>
      <SyncIntervalSelect />
      <div className="actions row">
        <button type="button" className="primary" onClick={() => void syncNow()} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        <ExportButton />
        <ResetLocalData pending={local.pending} />
      </div>
      <h3>Set aside</h3>
      <SetAsideList entries={local.setAside} />
      <QuarantineList items={local.quarantined} total={local.quarantinedTotal} />
    </section>
  );
}
