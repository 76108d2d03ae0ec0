import { useLiveQuery } from 'dexie-react-hooks';
import { goalDetail } from '../../../lib/db/queries/entity-details';
import type { Goal } from '../../../lib/schema/entities';
import { formatMetricValue } from '../../../lib/goals/metric';
import { useDb } from '../../shared/useDb';
import { EntityButton } from '../EntityButton';
import type { PopupView } from '../popup-view';
import { DetailFrame, Gone } from './DetailFrame';
import { EntityList } from './EntityList';
import { Facts } from './Facts';
import { GoalTickets } from './GoalTickets';

interface DetailProps {
  id: string;
  onOpen(view: PopupView): void;
  onBack(): void;
}

/** A goal: its mission, its metric, the intents that serve it and the tickets behind them. */
export function GoalDetail({ id, onOpen, onBack }: DetailProps) {
  const db = useDb();
  const detail = useLiveQuery(() => goalDetail(db, id), [db, id]);
  return (
    <DetailFrame kind="Goal" title={detail?.goal.title} onBack={onBack}>
      {detail === null ? (
        <Gone what="goal" />
      ) : detail ? (
        <>
          <Facts {...detail.goal} />
          {detail.goal.metric && <p className="metric">{metricLine(detail.goal.metric)}</p>}
          {detail.mission && (
            <dl className="chain-list">
              <EntityButton
                label="Mission"
                title={detail.mission.title}
                onClick={() => onOpen({ kind: 'mission', id: detail.mission!.id })}
              />
            </dl>
          )}
          <EntityList
            heading="Intents"
            kind="intent"
            items={detail.intents}
            empty="No intent serves this goal yet."
            onOpen={onOpen}
          />
          <GoalTickets goalId={id} />
        </>
      ) : null}
    </DetailFrame>
  );
}

/** "Week-1 activation: 38%, target 45%"; units as the sidebar shows them (ratios as percentages). */
export function metricLine(metric: NonNullable<Goal['metric']>): string {
  const show = (value: number) => formatMetricValue(value, metric.unit);
  const current = metric.current === undefined ? 'no reading yet' : show(metric.current);
  const target = metric.target === undefined ? '' : `, target ${show(metric.target)}`;
  return `${metric.name}: ${current}${target}`;
}
