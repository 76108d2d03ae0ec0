import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import type { Goal } from '../../lib/schema/entities';
import { goalStatusLabel, statusAsOf, statusMeaning } from '../../lib/goals/goal-health';
import './goal-health.css';

/** The goal's status, what it means for this work, and the date it is known to hold since. */
export function GoalHealth({ goal }: { goal: Goal }) {
  if (!goal.status) return null;
  const asOf = statusAsOf(goal.updatedAt);
  return (
    <div className={`goal-health health-${goal.status}`}>
      <p className="health-line">
        <span className="health-pill">{goalStatusLabel(goal.status)}</span>{' '}
        <span>{keepTogether(statusMeaning(goal), goal.timeframe)}</span>
      </p>
      {asOf && <p className="health-as-of muted">{i18n.t('sidebar.statusAsOf', [asOf])}</p>}
    </div>
  );
}

/** "2026-Q4" must not break at its hyphen across two lines. */
function keepTogether(text: string | undefined, phrase: string | undefined): ReactNode {
  if (!text || !phrase || !text.includes(phrase)) return text;
  const [before, ...after] = text.split(phrase);
  return (
    <>
      {before}
      <span className="nowrap">{phrase}</span>
      {after.join(phrase)}
    </>
  );
}
