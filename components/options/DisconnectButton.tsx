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
        Sign out…
      </button>
      <ErrorNotice error={error} />
      {asking && (
        <ConfirmDialog
          title={`Sign out of ${connection.workspaceName}?`}
          confirmLabel={
            pending > 0 ? `Sign out and drop ${tagCount(pending)}` : 'Sign out and clear data'
          }
          danger
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>
            Throughline forgets the API token and removes the context and your recent tickets stored
            in this browser. The server keeps everything it already has.
          </p>
          {pending > 0 && (
            <p className="warning-text">
              <strong>{tagCount(pending)} not sent yet</strong> will be lost. To keep them, cancel
              and press <em>Sync now</em> once the API can be reached.
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}

export function tagCount(count: number): string {
  return `${count} ${count === 1 ? 'tag' : 'tags'}`;
}
