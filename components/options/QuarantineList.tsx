import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import type { QuarantinedChange } from '../../lib/db/database';
import { useDb } from '../shared/useDb';
import { relativeTime } from '../shared/relative-time';

/**
 * Changes from the server that failed validation and were set aside (the rest of their page
 * applied). Shown with their reasons so someone can report them; Clear forgets them.
 */
export function QuarantineList({ items, total }: { items: QuarantinedChange[]; total: number }) {
  const db = useDb();
  if (total === 0) return <p className="muted">{i18n.t('options.quarantine.none')}</p>;
  return (
    <div className="quarantine">
      <p>
        <strong>{i18n.t('options.quarantine.count', total, [formatNumber(total)])}</strong>{' '}
        {i18n.t('options.quarantine.why')}
      </p>
      <ul aria-label={i18n.t('options.quarantine.listLabel')}>
        {items.map((item) => (
          <li key={item.seq}>
            <span className="reason">{item.reason}</span>{' '}
            <span className="muted">· {relativeTime(item.receivedAt)}</span>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="muted">
          {i18n.t('options.quarantine.more', [formatNumber(total - items.length)])}
        </p>
      )}
      <button type="button" onClick={() => void db.quarantine.clear()}>
        {i18n.t('options.quarantine.clear')}
      </button>
    </div>
  );
}
