import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import { ConfirmDialog } from './ConfirmDialog';
import { tagCount } from './DisconnectButton';

/**
 * Throws away the local copy and loads it again from the server: the way out when something looks
 * wrong locally. Tags waiting to be sent are kept and sent first (lib/connection/local-data.ts).
 */
export function ResetLocalData({ pending }: { pending: number }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  const confirm = async () => {
    setBusy(true);
    const reply = await sendMessage('local.reset', {}).catch(() => ({
      ok: false,
      error: 'The extension’s background worker did not answer; try again.',
      keptPending: undefined,
    }));
    setBusy(false);
    setAsking(false);
    setNotice(
      reply.ok
        ? { ok: true, text: 'Local data cleared. Loading the context again from the server…' }
        : { ok: false, text: reply.error ?? 'Reset failed.' },
    );
  };

  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Reset local data…
      </button>
      {notice && (
        <p className={notice.ok ? 'muted' : 'notice error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
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
