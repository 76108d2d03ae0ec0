import { i18n } from '#i18n';
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
        {i18n.t('options.reset.button')}
      </button>
      {done && (
        <p className="muted" role="status">
          {i18n.t('options.reset.done')}
        </p>
      )}
      <ErrorNotice error={error} />
      {asking && (
        <ConfirmDialog
          title={i18n.t('options.reset.title')}
          confirmLabel={i18n.t('options.reset.confirm')}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{i18n.t('options.reset.body')}</p>
          {pending > 0 && <p>{i18n.t('options.reset.keepsPending', [tagCount(pending)])}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
