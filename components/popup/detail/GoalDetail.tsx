import { i18n } from '#i18n';
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
    <DetailFrame kind={i18n.t('kind.goal')} title={detail?.goal.title} onBack={onBack}>
      {detail === null ? (
        <Gone what="goal" />
      ) : detail ? (
        <>
          <Facts {...detail.goal} />
          {detail.goal.metric && <p className="metric">{metricLine(detail.goal.metric)}</p>}
          {detail.mission && (
            <dl className="chain-list">
              <EntityButton
                label={i18n.t('kind.mission')}
                title={detail.mission.title}
                onClick={() => onOpen({ kind: 'mission', id: detail.mission!.id })}
              />
            </dl>
          )}
          <EntityList
            heading={i18n.t('tagPicker.intents')}
            kind="intent"
            items={detail.intents}
            empty={i18n.t('popup.detail.noIntentForGoal')}
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
  const current =
    metric.current === undefined ? i18n.t('popup.detail.noReading') : show(metric.current);
  return metric.target === undefined
    ? i18n.t('popup.detail.metric', [metric.name, current])
    : i18n.t('popup.detail.metricWithTarget', [metric.name, current, show(metric.target)]);
}
