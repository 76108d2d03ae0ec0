import { i18n } from '#i18n';
import { formatMetricValue, progressOf } from '../../lib/goals/metric';
import type { Goal } from '../../lib/schema/entities';
import './goal-metric.css';

type Metric = NonNullable<Goal['metric']>;

export function GoalMetric({ metric }: { metric: Metric }) {
  const progress = progressOf(metric);
  const current =
    metric.current === undefined ? '—' : formatMetricValue(metric.current, metric.unit);
  const target =
    metric.target === undefined ? undefined : formatMetricValue(metric.target, metric.unit);
  return (
    <div className="metric">
      <p className="metric-line">
        <span className="metric-name">{metric.name}</span>{' '}
        <span className="muted">
          {target ? i18n.t('metric.ofTarget', [current, target]) : current}
        </span>
      </p>
      {progress !== undefined && (
        <div
          className="metric-bar"
          role="progressbar"
          aria-label={i18n.t('metric.progress', [metric.name, current, target ?? ''])}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <span style={{ width: `${progress * 100}%` }} />
        </div>
      )}
    </div>
  );
}
