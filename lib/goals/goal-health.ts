import type { Goal } from '../schema/entities';

export { GOAL_STATUS_LABELS } from './status-label';

/** What a goal's status means for the work serving it, in the goal's own timeframe. */
export function statusMeaning(goal: Pick<Goal, 'status' | 'timeframe'>): string | undefined {
  const by = goal.timeframe ? ` for ${goal.timeframe}` : '';
  switch (goal.status) {
    case 'not_started':
      return 'Work toward it has not started yet.';
    case 'on_track':
      return `Expected to reach its target${by}.`;
    case 'at_risk':
      return `May miss its target${by} unless something changes.`;
    case 'off_track':
      return `Expected to miss its target${by}.`;
    case 'done':
      return 'Its target has been reached.';
    default:
      return undefined;
  }
}

/** At risk and off track change how urgent the ticket is; the sidebar says so up front. */
export function isGoalInTrouble(goal: Pick<Goal, 'status'> | undefined): boolean {
  return goal?.status === 'at_risk' || goal?.status === 'off_track';
}

/**
 * "1 Nov 2026". The v1 API says when a goal last changed, not when its status did, so that is
 * the date the sidebar can vouch for: the status held then and holds now.
 */
export function statusAsOf(updatedAt: string): string | undefined {
  const date = new Date(updatedAt);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
