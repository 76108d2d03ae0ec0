import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatNumber } from '../../lib/i18n/format';
import { sendMessage } from '../../lib/messaging/send';
import { RECENT_DAYS, RECENT_MAX } from '../../lib/recent/retention';
import { ErrorNotice } from '../shared/ErrorNotice';
import { useDb } from '../shared/useDb';
import { useWorkerAction } from '../shared/useWorkerAction';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * The tickets this person opened lately, kept in this browser only for the popup's "Your recent
 * tickets": what is kept, and a way to forget it all, after saying exactly what goes.
 */
export function RecentHistorySection() {
  const db = useDb();
  const count = useLiveQuery(() => db.recentTickets.count(), [db]);
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState<number>();
  const { busy, error, run } = useWorkerAction();

  const clear = async () => {
    const reply = await run(() => sendMessage('recent.clear', {}));
    setAsking(false);
    if (reply?.ok) setCleared(reply.cleared ?? 0);
  };

  return (
    <section aria-labelledby="recent-history-heading">
      <h2 id="recent-history-heading">{i18n.t('options.recent.heading')}</h2>
      <p className="muted">
        {i18n.t('options.recent.intro', RECENT_DAYS, [
          formatNumber(RECENT_MAX),
          formatNumber(RECENT_DAYS),
        ])}
      </p>
      {count !== undefined && (
        <p>
          {count === 0
            ? i18n.t('options.recent.none')
            : i18n.t('options.recent.remembered', count, [formatNumber(count)])}
        </p>
      )}
      {cleared !== undefined && (
        <p className="connected" role="status">
          {i18n.t('options.recent.cleared', cleared, [formatNumber(cleared)])}
        </p>
      )}
      <div className="actions row">
        <button type="button" onClick={() => setAsking(true)} disabled={count === 0}>
          {i18n.t('options.recent.clear')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {asking && (
        <ConfirmDialog
          title={i18n.t('options.recent.clearTitle')}
          confirmLabel={i18n.t('options.recent.clearConfirm')}
          danger
          busy={busy}
          onConfirm={() => void clear()}
          onCancel={() => setAsking(false)}
        >
          <p>{i18n.t('options.recent.clearBody', count ?? 0, [formatNumber(count ?? 0)])}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
