import { i18n } from '#i18n';
import { formatRelative } from '../../lib/i18n/format';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "yesterday"; "just now" under a minute; in the reader's language. */
export function relativeTime(iso: string | undefined, now = Date.now()): string {
  if (!iso) return i18n.t('common.never');
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Number.isNaN(seconds)) return i18n.t('common.unknownTime');
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size) return formatRelative(Math.round(seconds / size), unit);
  return i18n.t('common.justNow');
}
