import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useState } from 'react';
import type { Connection } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import { ErrorNotice } from '../shared/ErrorNotice';
import { useWorkerAction } from '../shared/useWorkerAction';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Signs out: forgets the token and every local row. The label avoids the word "connect" so that
 * the form's Connect button keeps a name of its own (tests and screen-reader users find it by name).
 */
export function DisconnectButton({
  connection,
  pending,
}: {
  connection: Connection;
  pending: number;
}) {
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useWorkerAction();

  const confirm = async () => {
    await run(() => sendMessage('connection.disconnect', {}));
    setAsking(false);
  };

  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        {i18n.t('options.signOut.button')}
      </button>
      <ErrorNotice error={error} />
      {asking && (
        <ConfirmDialog
          title={i18n.t('options.signOut.title', [connection.workspaceName])}
          confirmLabel={
            pending > 0
              ? i18n.t('options.signOut.confirmDrop', [tagCount(pending)])
              : i18n.t('options.signOut.confirm')
          }
          danger
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{i18n.t('options.signOut.body')}</p>
          {pending > 0 && (
            <p className="warning-text">
              <strong>{i18n.t('options.signOut.pendingLost', [tagCount(pending)])}</strong>{' '}
              {i18n.t('options.signOut.pendingAdvice')}
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}

export function tagCount(count: number): string {
  return i18n.t('options.tagCount', count, [formatNumber(count)]);
}
