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
      error: 'The extension did not answer; try again.',
    }));
    setFailure(reply.ok ? undefined : reply.error);
  };
  return (
    <div className="set-aside">
      <p>
        <strong>
          {entries.length} {entries.length === 1 ? 'tag' : 'tags'} the server kept failing on
        </strong>{' '}
        were set aside so that everything else could sync.
      </p>
      <ul aria-label="Tags set aside">
        {entries.map((entry) => (
          <li key={entry.seq}>
            <span>
              {entry.mutation.type === 'link.clear' ? 'Untag' : 'Tag'}{' '}
              {keyOfTicketId(entry.ticketId)}
            </span>{' '}
            <span className="reason">{entry.setAside?.reason}</span>{' '}
            <span className="muted">· {relativeTime(entry.setAside?.at)}</span>{' '}
            <button type="button" onClick={() => void act('outbox.retry', entry.seq!)}>
              Retry {keyOfTicketId(entry.ticketId)}
            </button>{' '}
            <button type="button" onClick={() => void act('outbox.discard', entry.seq!)}>
              Discard {keyOfTicketId(entry.ticketId)}
            </button>
          </li>
        ))}
      </ul>
      {failure && <p className="error-text">{failure}</p>}
    </div>
  );
}
