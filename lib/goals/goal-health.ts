import { i18n } from '#i18n';
import { formatDate } from '../i18n/format';
import type { Goal } from '../schema/entities';

export { goalStatusLabel } from './status-label';

/** What a goal's status means for the work serving it, in the goal's own timeframe. */
export function statusMeaning(goal: Pick<Goal, 'status' | 'timeframe'>): string | undefined {
  const by = goal.timeframe;
  switch (goal.status) {
    case 'not_started':
      return i18n.t('goalMeaning.not_started');
    case 'on_track':
      return by ? i18n.t('goalMeaning.on_trackBy', [by]) : i18n.t('goalMeaning.on_track');
    case 'at_risk':
      return by ? i18n.t('goalMeaning.at_riskBy', [by]) : i18n.t('goalMeaning.at_risk');
    case 'off_track':
      return by ? i18n.t('goalMeaning.off_trackBy', [by]) : i18n.t('goalMeaning.off_track');
    case 'done':
      return i18n.t('goalMeaning.done');
    default:
      return undefined;
  }
}

/** At risk and off track change how urgent the ticket is; the sidebar says so up front. */
export function isGoalInTrouble(goal: Pick<Goal, 'status'> | undefined): boolean {
  return goal?.status === 'at_risk' || goal?.status === 'off_track';
}

/**
 * "1 Nov 2026" in the reader's locale. The v1 API says when a goal last changed, not when its status did, so that is
 * the date the sidebar can vouch for: the status held then and holds now.
 */
export function statusAsOf(updatedAt: string): string | undefined {
  const date = new Date(updatedAt);
  if (Number.isNaN(date.getTime())) return undefined;
  return formatDate(date);
}
