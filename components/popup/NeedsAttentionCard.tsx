import { goalStatusLabel } from '../../lib/goals/status-label';
import { useId } from 'react';
import type { AttentionItem } from '../../lib/db/queries/needs-attention';
import { progressOf } from '../../lib/goals/metric';
import { metricLine } from './detail/GoalDetail';
import { NeedsAttentionCounts } from './NeedsAttentionCounts';
import type { PopupView } from './popup-view';

/** One goal in trouble: status and title (opens the goal), its mission, metric and tickets. */
export function NeedsAttentionCard({
  item,
  onOpen,
}: {
  item: AttentionItem;
  onOpen(view: PopupView): void;
}) {
  const detailsId = useId();
  const { goal, mission, tickets } = item;
  const progress = goal.metric && progressOf(goal.metric);
  // Only goals in trouble are listed: anything but off track reads as at risk.
  const shownStatus = goal.status === 'off_track' ? 'off_track' : 'at_risk';
  return (
    <li className={`attention-card attention-${goal.status}`}>
      <button
        type="button"
        className="link-button attention-item"
        aria-describedby={detailsId}
        onClick={() => onOpen({ kind: 'goal', id: goal.id })}
      >
        <span className={`status status-${goal.status}`}>{goalStatusLabel(shownStatus)}</span>
        <span className="truncate">{goal.title}</span>
      </button>
      <div id={detailsId} className="attention-details">
        {mission && <p className="attention-mission truncate">{mission.title}</p>}
        {goal.metric && (
          <p className="attention-metric">
            <span className="attention-metric-text">{metricLine(goal.metric)}</span>
            {progress !== undefined && (
              <span className="attention-bar" aria-hidden="true">
                <span style={{ width: `${progress * 100}%` }} />
              </span>
            )}
          </p>
        )}
        <NeedsAttentionCounts counts={tickets} />
      </div>
    </li>
  );
}
