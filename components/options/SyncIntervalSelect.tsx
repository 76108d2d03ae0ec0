import { useEffect, useId, useState } from 'react';
import {
  SYNC_INTERVALS,
  loadSyncInterval,
  saveSyncInterval,
  watchSyncInterval,
  type SyncInterval,
} from '../../lib/settings/sync-interval';

const label = (minutes: number) =>
  minutes === 60 ? 'Every hour' : minutes === 1 ? 'Every minute' : `Every ${minutes} minutes`;

/** How often the worker pulls; it re-creates its alarm when this changes (lib/settings/sync-alarm.ts). */
export function SyncIntervalSelect() {
  const id = useId();
  const [minutes, setMinutes] = useState<SyncInterval>();
  useEffect(() => {
    void loadSyncInterval().then(setMinutes);
    return watchSyncInterval(setMinutes);
  }, []);
  if (minutes === undefined) return null;
  return (
    <div className="field-row">
      <label htmlFor={id}>Sync interval</label>
      <select
        id={id}
        value={minutes}
        onChange={(event) => {
          const next = Number(event.target.value) as SyncInterval;
          setMinutes(next);
          void saveSyncInterval(next);
        }}
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
