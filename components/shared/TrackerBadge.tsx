import type { TrackerSystem } from '../../lib/schema/ticket-id-patterns';
import './tracker-badge.css';

export const TRACKER_NAMES: Record<TrackerSystem, string> = {
  jira: 'Jira',
  linear: 'Linear',
  github: 'GitHub',
};

const MARKS: Record<TrackerSystem, string> = { jira: 'J', linear: 'L', github: 'GH' };

/**
 * A tracker's mark, drawn with text and CSS: extension pages load no remote images (the frame
 * sits inside a tracker's page, and nothing it shows should call out to a third party).
 */
export function TrackerBadge({ system }: { system: TrackerSystem }) {
  return (
    <span
      className={`tracker-badge tracker-${system}`}
      role="img"
      aria-label={TRACKER_NAMES[system]}
      title={TRACKER_NAMES[system]}
    >
      {MARKS[system]}
    </span>
  );
}
