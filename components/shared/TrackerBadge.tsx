import { TRACKERS, type TrackerSystem } from '../../lib/trackers/registry';
import './tracker-badge.css';

/** "Jira", "GitHub", … by system. */
export const TRACKER_NAMES = Object.fromEntries(
  Object.values(TRACKERS).map((tracker) => [tracker.system, tracker.name]),
) as Record<TrackerSystem, string>;

/**
 * A tracker's mark, drawn with text and CSS: extension pages load no remote images (the frame
 * sits inside a tracker's page, and nothing it shows should call out to a third party).
 */
export function TrackerBadge({ system }: { system: TrackerSystem }) {
  const tracker = TRACKERS[system];
  return (
    <span
      className="tracker-badge"
      style={{ background: tracker.color }}
      role="img"
      aria-label={tracker.name}
      title={tracker.name}
    >
      {tracker.mark}
    </span>
  );
}
