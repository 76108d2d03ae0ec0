import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TRACKERS, TRACKER_SYSTEMS } from '../../lib/trackers/registry';
import {
  TRACKERS_ENABLED_KEY,
  loadTrackerSwitches,
  saveTrackerEnabled,
  type TrackerSwitches as Switches,
} from '../../lib/settings/trackers-enabled';

/** One switch per tracker; content scripts read them when a page loads (lib/mount/run-ticket-sidebar.ts). */
export function TrackerSwitches() {
  const [switches, setSwitches] = useState<Switches>();
  useEffect(() => {
    const refresh = () => void loadTrackerSwitches().then(setSwitches);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TRACKERS_ENABLED_KEY in changes) refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!switches) return null;
  return (
    <fieldset className="switches">
      <legend>Show the sidebar on</legend>
      {TRACKER_SYSTEMS.map((system) => (
        <label key={system}>
          <input
            type="checkbox"
            checked={switches[system]}
            onChange={(event) => {
              setSwitches({ ...switches, [system]: event.target.checked });
              void saveTrackerEnabled(system, event.target.checked);
            }}
          />{' '}
          {TRACKERS[system].name}
        </label>
      ))}
      <p className="field-note">Changes apply to pages opened or reloaded afterwards.</p>
    </fieldset>
  );
}
