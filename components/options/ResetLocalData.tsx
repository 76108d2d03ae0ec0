import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import { ErrorNotice } from '../shared/ErrorNotice';
import { useWorkerAction } from '../shared/useWorkerAction';
import { ConfirmDialog } from './ConfirmDialog';
import { tagCount } from './DisconnectButton';

/**
 * Throws away the local copy and loads it again from the server: the way out when something looks
 * wrong locally. Tags waiting to be sent are kept and sent first (lib/connection/local-data.ts).
 */
export function ResetLocalData({ pending }: { pending: number }) {
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useWorkerAction();
  const [done, setDone] = useState(false);

  const confirm = async () => {
    const reply = await run(() => sendMessage('local.reset', {}));
    setAsking(false);
    setDone(reply?.ok === true);
  };

  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Reset local data…
      </button>
      {done && (
        <p className="muted" role="status">
          Local data cleared. Loading the context again from the server…
        </p>
      )}
      <ErrorNotice error={error} />
      {asking && (
        <ConfirmDialog
          title="Reset local data?"
          confirmLabel="Reset and reload"
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>
            Throughline removes the context stored in this browser and loads it again from the
            server. You stay connected.
          </p>
          {pending > 0 && <p>The {tagCount(pending)} not sent yet are kept and sent first.</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
