import { useLiveQuery } from 'dexie-react-hooks';
import { goalDetail } from '../../../lib/db/queries/popup';
import type { Goal } from '../../../lib/schema/entities';
import { useDb } from '../../shared/useDb';
import { EntityButton } from '../EntityButton';
import type { PopupView } from '../popup-view';
import { DetailFrame, Gone } from './DetailFrame';
import { EntityList } from './EntityList';
import { Facts } from './Facts';

interface DetailProps {
  id: string;
  onOpen(view: PopupView): void;
  onBack(): void;
}

/** A goal: its mission, its metric and the intents that serve it. */
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
        </>
      ) : null}
    </DetailFrame>
  );
}

/** "Week-1 activation: 38% of 45%"; ratios read as percentages, other units as given. */
export function metricLine(metric: NonNullable<Goal['metric']>): string {
  const show = (value: number) =>
    metric.unit === 'ratio'
      ? `${Math.round(value * 1000) / 10}%`
      : `${value}${metric.unit ? ` ${metric.unit}` : ''}`;
  const current = metric.current === undefined ? 'no reading yet' : show(metric.current);
  const target = metric.target === undefined ? '' : `, target ${show(metric.target)}`;
  return `${metric.name}: ${current}${target}`;
}
