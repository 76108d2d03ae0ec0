import type { CountsByTracker } from '../../lib/db/queries/tickets-by-tracker';
import { TRACKER_SYSTEMS } from '../../lib/trackers/registry';
import { TRACKER_NAMES, TrackerBadge } from '../shared/TrackerBadge';

/** "J 3 · L 1": where the work toward a goal is tracked, so delivery risk has an address. */
export function NeedsAttentionCounts({ counts }: { counts: CountsByTracker }) {
  const present = TRACKER_SYSTEMS.filter((system) => counts[system] > 0);
  if (present.length === 0)
    return <p className="attention-counts muted">No ticket is tagged to it yet.</p>;
  const total = present.reduce((sum, system) => sum + counts[system], 0);
  return (
    <p
      className="attention-counts"
      aria-label={present.map((system) => `${TRACKER_NAMES[system]}: ${counts[system]}`).join(', ')}
    >
      <span className="muted">
        {total.toLocaleString('en')} {total === 1 ? 'ticket' : 'tickets'}:
      </span>
      {present.map((system) => (
        <span key={system} className="attention-count">
          <TrackerBadge system={system} />
          {counts[system].toLocaleString('en')}
        </span>
      ))}
    </p>
  );
}
