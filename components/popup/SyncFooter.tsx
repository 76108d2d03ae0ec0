import { useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging/send';
import { relativeTime } from '../shared/relative-time';
import { useSyncState } from '../shared/useSyncState';

export function SyncFooter() {
  const sync = useSyncState();
  const [busy, setBusy] = useState(false);
  const syncNow = async () => {
    setBusy(true);
    try {
      await sendMessage('sync.now', {});
    } finally {
      setBusy(false);
    }
  };
  const line = !sync.connection
    ? 'Not connected.'
    : sync.status?.lastError
      ? sync.status.lastError
      : `Synced ${relativeTime(sync.status?.lastSuccessAt)}.`;
  return (
    <footer className="sync-footer">
      <span className="muted">{line}</span>
      {sync.connection ? (
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      ) : (
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      )}
    </footer>
  );
}
