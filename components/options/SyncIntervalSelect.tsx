import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useId } from 'react';
import { SYNC_INTERVALS, syncInterval, type SyncInterval } from '../../lib/settings/sync-interval';
import { useStoredSetting } from '../shared/useStoredSetting';

const label = (minutes: number) =>
  minutes === 60
    ? i18n.t('options.sync.everyHour')
    : minutes === 1
      ? i18n.t('options.sync.everyMinute')
      : i18n.t('options.sync.everyMinutes', [formatNumber(minutes)]);

/** How often the worker pulls; it re-creates its alarm when this changes (lib/settings/sync-alarm.ts). */
export function SyncIntervalSelect() {
  const id = useId();
  const [minutes, setMinutes] = useStoredSetting(syncInterval);
  if (minutes === undefined) return null;
  return (
    <div className="field-row">
      <label htmlFor={id}>{i18n.t('options.sync.interval')}</label>
      <select
        id={id}
        value={minutes}
        onChange={(event) => setMinutes(Number(event.target.value) as SyncInterval)}
      >
        {SYNC_INTERVALS.map((choice) => (
          <option key={choice} value={choice}>
            {label(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
