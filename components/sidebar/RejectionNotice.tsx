import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { SidebarState } from '../../lib/sidebar/state';

type Rejection = NonNullable<SidebarState['rejection']>;

/** The server refused the last tag: say why, and offer to send it again or let it go. */
export function RejectionNotice({
  ticketId,
  rejection,
}: {
  ticketId: string;
  rejection: Rejection;
}) {
  const [busy, setBusy] = useState(false);
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const canRetry = rejection.intentId !== undefined || rejection.bucketId !== undefined;
  return (
    <section className="notice error" role="alert" aria-label="Tag refused">
      <h2>Tag refused</h2>
      <p>{rejection.reason}</p>
      <div className="row">
        {canRetry && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(() =>
                sendMessage('link.set', {
                  ticketId,
                  intentId: rejection.intentId,
                  bucketId: rejection.bucketId,
                }),
              )
            }
          >
            Retry
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => void act(() => sendMessage('rejection.dismiss', { ticketId }))}
        >
          Dismiss
        </button>
      </div>
    </section>
  );
}
