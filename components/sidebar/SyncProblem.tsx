import { i18n } from '#i18n';
import { useState } from 'react';
import type { SyncStatus } from '../../lib/db/meta';
import { sendMessage } from '../../lib/messaging/send';
import { relativeTime } from '../shared/relative-time';

/** The last sync failed: say what happened and offer a retry. */
export function SyncProblem({
  status,
  compact = false,
}: {
  status: SyncStatus;
  compact?: boolean;
}) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await sendMessage('sync.now', {});
    } finally {
      setRetrying(false);
    }
  };
  const title = titleFor(status.lastErrorKind);
  return (
    <section className={`notice error${compact ? ' compact' : ''}`} role="alert" aria-label={title}>
      <h2>{title}</h2>
      <p>{withoutTitle(status.lastError, title)}</p>
      {compact && status.lastSuccessAt && (
        <p className="muted">{i18n.t('sidebar.syncedAgo', [relativeTime(status.lastSuccessAt)])}</p>
      )}
      <button type="button" onClick={() => void retry()} disabled={retrying}>
        {retrying ? i18n.t('common.retrying') : i18n.t('common.retry')}
      </button>
    </section>
  );
}

/** Token problems need the person to act; everything else means the API is out of reach for now. */
function titleFor(kind: string | undefined): string {
  if (kind === 'unauthorized') return i18n.t('sidebar.tokenRefused');
  if (kind === 'forbidden') return i18n.t('sidebar.notAllowed');
  return i18n.t('sidebar.unreachable');
}

/** The stored message often opens with the heading's words; say them once. */
function withoutTitle(message: string | undefined, title: string): string | undefined {
  if (!message?.startsWith(title)) return message;
  return message.slice(title.length).replace(/^[.:\s]+/, '') || message;
}
