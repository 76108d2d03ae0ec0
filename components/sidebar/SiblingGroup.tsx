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
    <div className="sibling-group" role="group" aria-label={`${name}: ${group.count}`}>
      <h3 className="sibling-tracker">
        <TrackerBadge system={group.system} />
        <span>{name}</span>
        <span className="muted">{group.count.toLocaleString('en')}</span>
        {switchedOff && (
          <span
            className="switched-off"
            title={`You switched ${name} off in Throughline's settings: no sidebar there, but its tickets still count.`}
          >
            switched off
          </span>
        )}
      </h3>
      <ul className="sibling-list">
        {rows.map((ticket) => (
          <SiblingRow key={ticket.id} ticket={ticket} />
        ))}
      </ul>
      {more > 0 && (
        <p className="sibling-more muted">
          and {more.toLocaleString('en')} more on {name}
        </p>
      )}
    </div>
  );
}
