import type { QuarantinedChange } from '../../lib/db/database';
import { useDb } from '../shared/useDb';
import { relativeTime } from '../shared/relative-time';

/**
 * Changes from the server that failed validation and were set aside (the rest of their page
 * applied). Shown with their reasons so someone can report them; Clear forgets them.
 */
export function QuarantineList({ items, total }: { items: QuarantinedChange[]; total: number }) {
  const db = useDb();
  if (total === 0) return <p className="muted">No changes from the server were set aside.</p>;
  return (
    <div className="quarantine">
      <p>
        <strong>
          {total} {total === 1 ? 'change' : 'changes'} from the server set aside
        </strong>{' '}
        because they did not pass validation. Everything else synced. Tell whoever runs your context
        API:
      </p>
      <ul aria-label="Changes set aside">
        {items.map((item) => (
          <li key={item.seq}>
            <span className="reason">{item.reason}</span>{' '}
            <span className="muted">· {relativeTime(item.receivedAt)}</span>
          </li>
        ))}
      </ul>
      {total > items.length && <p className="muted">…and {total - items.length} more.</p>}
      <button type="button" onClick={() => void db.quarantine.clear()}>
        Clear
      </button>
    </div>
  );
}
