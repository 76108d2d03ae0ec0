import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useState } from 'react';
import type { OutboxEntry } from '../../lib/db/database';
import { sendMessage } from '../../lib/messaging/send';
import { keyOfTicketId } from '../../lib/trackers/ticket-ids';
import { relativeTime } from '../shared/relative-time';

/**
 * Tags the server failed on again and again (5xx while it answered everything else): kept out of
 * the way so the rest syncs, with the server's reason, until someone retries or discards them.
 */
export function SetAsideList({ entries }: { entries: OutboxEntry[] }) {
  const [failure, setFailure] = useState<string>();
  if (entries.length === 0) return null;
  const act = async (name: 'outbox.retry' | 'outbox.discard', seq: number) => {
    const reply = await sendMessage(name, { seq }).catch(() => ({
      ok: false,
      error: i18n.t('options.setAside.silent'),
    }));
    setFailure(reply.ok ? undefined : reply.error);
  };
  return (
    <div className="set-aside">
      <p>
        <strong>
          {i18n.t('options.setAside.count', entries.length, [formatNumber(entries.length)])}
        </strong>{' '}
        {i18n.t('options.setAside.why')}
      </p>
      <ul aria-label={i18n.t('options.setAside.listLabel')}>
        {entries.map((entry) => (
          <li key={entry.seq}>
            <span>
              {entry.mutation.type === 'link.clear'
                ? i18n.t('options.setAside.untag', [keyOfTicketId(entry.ticketId)])
                : i18n.t('options.setAside.tag', [keyOfTicketId(entry.ticketId)])}
            </span>{' '}
            <span className="reason">{entry.setAside?.reason}</span>{' '}
            <span className="muted">· {relativeTime(entry.setAside?.at)}</span>{' '}
            <button type="button" onClick={() => void act('outbox.retry', entry.seq!)}>
              {i18n.t('options.setAside.retry', [keyOfTicketId(entry.ticketId)])}
            </button>{' '}
            <button type="button" onClick={() => void act('outbox.discard', entry.seq!)}>
              {i18n.t('options.setAside.discard', [keyOfTicketId(entry.ticketId)])}
            </button>
          </li>
        ))}
      </ul>
      {failure && <p className="error-text">{failure}</p>}
    </div>
  );
}
