import { i18n } from '#i18n';
import { sendMessage } from '../../lib/messaging/send';
import type { SidebarState } from '../../lib/sidebar/state-schema';
import { linkArgsFor } from '../../lib/tagging/link-args';
import { useWorkerAction } from '../shared/useWorkerAction';

type Rejection = NonNullable<SidebarState['rejection']>;

/** The server refused the last tag: say why, and offer to send it again or let it go. */
export function RejectionNotice({
  ticketId,
  rejection,
}: {
  ticketId: string;
  rejection: Rejection;
}) {
  const { busy, error, run } = useWorkerAction();
  const { intentId, bucketId } = rejection;
  const target = intentId ? { intentId, bucketId } : bucketId ? { bucketId } : undefined;
  return (
    <section className="notice error" role="alert" aria-label={i18n.t('sidebar.tagRefused')}>
      <h2>{i18n.t('sidebar.tagRefused')}</h2>
      <p>{rejection.reason}</p>
      <div className="row">
        {target && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(() => sendMessage('link.set', linkArgsFor({ id: ticketId }, target)))
            }
          >
            {i18n.t('common.retry')}
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => sendMessage('rejection.dismiss', { ticketId }))}
        >
          {i18n.t('common.dismiss')}
        </button>
      </div>
      {error && <p>{error}</p>}
    </section>
  );
}
