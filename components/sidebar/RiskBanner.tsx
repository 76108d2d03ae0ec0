import type { Goal } from '../../lib/schema/entities';
import { GOAL_STATUS_LABELS, isGoalInTrouble } from '../../lib/goals/goal-health';
import './risk-banner.css';

/**
 * Top of the sidebar when the ticket's goal is at risk or off track: that changes how urgent the
 * ticket is, so it is the first thing read, not a word in the goal's fact line. The goal's title
 * stays in the chain below, once.
 */
export function RiskBanner({ goal }: { goal: Goal | undefined }) {
  if (!goal || !isGoalInTrouble(goal)) return null;
  const label = `Goal ${GOAL_STATUS_LABELS[goal.status!].toLowerCase()}`;
  const by = goal.timeframe ? ` for ${goal.timeframe}` : '';
  return (
    <section className={`risk-banner risk-${goal.status}`} aria-label={label}>
      <p className="risk-title">
        <span className="risk-icon" aria-hidden="true">
          !
        </span>{' '}
        {label}
      </p>
      <p className="risk-why">
        {goal.status === 'off_track'
          ? `The goal this ticket serves is expected to miss its target${by}: this work may be more urgent than it looks.`
          : `The goal this ticket serves may miss its target${by} unless something changes.`}
      </p>
    </section>
  );
}
