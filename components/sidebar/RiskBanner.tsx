import { i18n } from '#i18n';
import type { Goal } from '../../lib/schema/entities';
import { goalStatusLabel, isGoalInTrouble } from '../../lib/goals/goal-health';
import './risk-banner.css';

/**
 * Top of the sidebar when the ticket's goal is at risk or off track: that changes how urgent the
 * ticket is, so it is the first thing read, not a word in the goal's fact line. The goal's title
 * stays in the chain below, once.
 */
export function RiskBanner({ goal }: { goal: Goal | undefined }) {
  if (!goal || !isGoalInTrouble(goal)) return null;
  const label = i18n.t('sidebar.riskLabel', [goalStatusLabel(goal.status!).toLowerCase()]);
  const by = goal.timeframe;
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
          ? by
            ? i18n.t('sidebar.riskOffTrackBy', [by])
            : i18n.t('sidebar.riskOffTrack')
          : by
            ? i18n.t('sidebar.riskAtRiskBy', [by])
            : i18n.t('sidebar.riskAtRisk')}
      </p>
    </section>
  );
}
