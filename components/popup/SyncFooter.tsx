import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { pendingTagCount } from '../../lib/db/queries/popup';
import { sendMessage } from '../../lib/messaging/send';
import { useDb } from '../shared/useDb';
import { useSyncState } from '../shared/useSyncState';
import { syncSummary } from './sync-summary';

/** Sync status in plain words, and "Sync now" (always there; it explains itself if it can't run). */
export function SyncFooter() {
  const db = useDb();
  const sync = useSyncState();
  const pending = useLiveQuery(() => pendingTagCount(db), [db]) ?? 0;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const summary = syncSummary(sync, pending);

  const syncNow = async () => {
    setBusy(true);
    setRefusal(undefined);
    try {
      const reply = await sendMessage('sync.now', {});
      if (!reply.ok && !sync.connection) setRefusal('Connect to a context API first.');
    } catch {
      setRefusal('The extension’s background worker did not answer; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <footer className="sync-footer">
      <p className={summary.failed ? 'sync-line error-text' : 'sync-line muted'} role="status">
        {refusal ?? summary.line}
      </p>
      <div className="sync-actions">
        {sync.loaded && !sync.connection && (
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        )}
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          Sync now
        </button>
      </div>
    </footer>
  );
}
