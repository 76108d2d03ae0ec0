import { formatNumber, formatPercent } from '../i18n/format';
import type { Goal } from '../schema/entities';

type Metric = NonNullable<Goal['metric']>;

/** "38% → 45%" for ratios, "1,200 → 2,000 signups" otherwise, in the reader's locale. */
export function formatMetricValue(value: number, unit: string | undefined): string {
  if (unit === 'ratio') return formatPercent(value, undefined, 1);
  if (unit === '%' || unit === 'percent') return formatPercent(value / 100, undefined, 1);
  const number = formatNumber(value);
  return unit ? `${number} ${unit}` : number;
}

/**
 * Share of the way to target, 0..1; undefined when there is no target to measure against, or when
 * the reading is past it: the API does not say which way is better, and a goal like "incidents
 * 9 → 4" is not 100% done, so no bar beats a full one.
 */
export function progressOf(metric: Metric): number | undefined {
  const { current, target } = metric;
  if (current === undefined || target === undefined || target <= 0) return undefined;
  if (current < 0 || current > target) return undefined;
  return current / target;
}
