import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import { RECENT_DAYS, RECENT_MAX } from '../../lib/recent/retention';
import { ErrorNotice } from '../shared/ErrorNotice';
import { useDb } from '../shared/useDb';
import { useWorkerAction } from '../shared/useWorkerAction';
import { ConfirmDialog } from './ConfirmDialog';

const tickets = (n: number) => `${n} ${n === 1 ? 'ticket' : 'tickets'}`;

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
      <h2 id="recent-history-heading">Your recent tickets</h2>
      <p className="muted">
        Throughline remembers the tickets you open (their key, title and when you last opened them;
        at most {RECENT_MAX.toLocaleString('en')}, for {RECENT_DAYS} days) so the popup can show
        which of them have a why. They stay in this browser and are never sent anywhere.
      </p>
      {count !== undefined && (
        <p>{count === 0 ? 'No ticket remembered.' : `${tickets(count)} remembered.`}</p>
      )}
      {cleared !== undefined && (
        <p className="connected" role="status">
          History cleared: {tickets(cleared)} forgotten.
        </p>
      )}
      <div className="actions row">
        <button type="button" onClick={() => setAsking(true)} disabled={count === 0}>
          Clear recent tickets…
        </button>
      </div>
      <ErrorNotice error={error} />
      {asking && (
        <ConfirmDialog
          title="Clear your recent tickets?"
          confirmLabel="Clear recent tickets"
          danger
          busy={busy}
          onConfirm={() => void clear()}
          onCancel={() => setAsking(false)}
        >
          <p>
            Throughline forgets the {tickets(count ?? 0)} you opened lately, kept in this browser
            for the popup&apos;s “Your recent tickets”. Tags, the context and your settings are not
            touched, and nothing on any server changes. Tickets you open from now on are remembered
            again.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
