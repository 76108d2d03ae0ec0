import { useId } from 'react';
import { SYNC_INTERVALS, syncInterval, type SyncInterval } from '../../lib/settings/sync-interval';
import { useStoredSetting } from '../shared/useStoredSetting';

const label = (minutes: number) =>
  minutes === 60 ? 'Every hour' : minutes === 1 ? 'Every minute' : `Every ${minutes} minutes`;

/** How often the worker pulls; it re-creates its alarm when this changes (lib/settings/sync-alarm.ts). */
export function SyncIntervalSelect() {
  const id = useId();
  const [minutes, setMinutes] = useStoredSetting(syncInterval);
  if (minutes === undefined) return null;
  return (
    <div className="field-row">
      <label htmlFor={id}>Sync interval</label>
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
