import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { pendingTagCount } from '../../lib/db/queries/pending-tags';
import { sendMessage } from '../../lib/messaging/send';
import { useDb } from '../shared/useDb';
import { useSyncState } from '../shared/useSyncState';
import { useWorkerAction } from '../shared/useWorkerAction';
import { syncSummary } from './sync-summary';

/** Sync status in plain words, and "Sync now" (always there; it explains itself if it can't run). */
export function SyncFooter() {
  const db = useDb();
  const sync = useSyncState();
  const pending = useLiveQuery(() => pendingTagCount(db), [db]) ?? 0;
  const { busy, error: refusal, run } = useWorkerAction();
  const summary = syncSummary(sync, pending);

  // A failed sync is told by the status line; only "not connected" needs words of its own here.
  const syncNow = () =>
    run(async () => {
      const reply = await sendMessage('sync.now', {});
      return !reply.ok && !sync.connection
        ? { ok: false, error: i18n.t('popup.sync.connectFirst') }
        : { ok: true };
    });

  return (
    <footer className="sync-footer">
      <p className={summary.failed ? 'sync-line error-text' : 'sync-line muted'} role="status">
        {refusal ?? summary.line}
      </p>
      <div className="sync-actions">
        {sync.loaded && !sync.connection && (
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('popup.sync.settings')}
          </button>
        )}
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          {i18n.t('popup.sync.syncNow')}
        </button>
      </div>
    </footer>
  );
}
