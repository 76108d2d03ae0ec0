import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import type { CountsByTracker } from '../../lib/db/queries/tickets-by-tracker';
import { TRACKER_SYSTEMS } from '../../lib/trackers/registry';
import { TRACKER_NAMES, TrackerBadge } from '../shared/TrackerBadge';

/** "J 3 · L 1": where the work toward a goal is tracked, so delivery risk has an address. */
export function NeedsAttentionCounts({ counts }: { counts: CountsByTracker }) {
  const present = TRACKER_SYSTEMS.filter((system) => counts[system] > 0);
  if (present.length === 0)
    return <p className="attention-counts muted">{i18n.t('popup.attention.noTickets')}</p>;
  const total = present.reduce((sum, system) => sum + counts[system], 0);
  return (
    <p
      className="attention-counts"
      aria-label={present
        .map((system) => `${TRACKER_NAMES[system]}: ${formatNumber(counts[system])}`)
        .join(', ')}
    >
      <span className="muted">
        {i18n.t('popup.attention.tickets', total, [formatNumber(total)])}
      </span>
      {present.map((system) => (
        <span key={system} className="attention-count">
          <TrackerBadge system={system} />
          {formatNumber(counts[system])}
        </span>
      ))}
    </p>
  );
}
