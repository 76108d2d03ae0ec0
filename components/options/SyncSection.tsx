import { useState } from 'react';
import type { SyncStatus } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import { relativeTime } from '../shared/relative-time';

export function SyncSection({ status }: { status?: SyncStatus }) {
  const [busy, setBusy] = useState(false);
  const syncNow = async () => {
    setBusy(true);
    try {
      await sendMessage('sync.now', {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <p>
        Last sync: {status?.running ? 'running…' : relativeTime(status?.lastSuccessAt)}
        {status?.lastError && <span className="error-text"> · {status.lastError}</span>}
      </p>
      <button type="button" onClick={() => void syncNow()} disabled={busy}>
        {busy ? 'Syncing…' : 'Sync now'}
      </button>
    </section>
  );
}
