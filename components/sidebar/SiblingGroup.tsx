import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import type { TrackerGroup } from '../../lib/db/queries/tickets-by-tracker';
import { TRACKER_NAMES, TrackerBadge } from '../shared/TrackerBadge';
import { SiblingRow } from './SiblingRow';
import './sibling-group.css';

interface SiblingGroupProps {
  group: TrackerGroup;
  /** How many rows to show; the rest are counted. */
  shown: number;
  switchedOff: boolean;
}

/** One tracker's tickets on the intent, with its full count. */
export function SiblingGroup({ group, shown, switchedOff }: SiblingGroupProps) {
  const name = TRACKER_NAMES[group.system];
  const rows = group.tickets.slice(0, shown);
  const more = group.count - rows.length;
  return (
    <div
      className="sibling-group"
      role="group"
      aria-label={`${name}: ${formatNumber(group.count)}`}
    >
      <h3 className="sibling-tracker">
        <TrackerBadge system={group.system} />
        <span>{name}</span>
        <span className="muted">{formatNumber(group.count)}</span>
        {switchedOff && (
          <span className="switched-off" title={i18n.t('sidebar.switchedOffTitle', [name])}>
            {i18n.t('sidebar.switchedOff')}
          </span>
        )}
      </h3>
      <ul className="sibling-list">
        {rows.map((ticket) => (
          <SiblingRow key={ticket.id} ticket={ticket} />
        ))}
      </ul>
      {more > 0 && (
        <p className="sibling-more muted">{i18n.t('sidebar.moreOn', [formatNumber(more), name])}</p>
      )}
    </div>
  );
}
