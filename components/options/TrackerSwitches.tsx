import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import type { StoredSetting } from '../../lib/settings/stored-setting';
import {
  trackerSwitches,
  type TrackerSwitches as Switches,
} from '../../lib/settings/trackers-enabled';
import { TRACKERS, TRACKER_SYSTEMS, type TrackerSystem } from '../../lib/trackers/registry';
import { useStoredSetting } from '../shared/useStoredSetting';

/** A checkbox per tracker over one stored set of switches (the sidebar's, the marks'). */
export function PerTrackerSwitches({
  setting,
  legend,
  label,
  note,
}: {
  setting: StoredSetting<Switches>;
  legend: string;
  label(system: TrackerSystem): ReactNode;
  note: string;
}) {
  const [switches, saveSwitches] = useStoredSetting(setting);
  if (!switches) return null;
  return (
    <fieldset className="switches">
      <legend>{legend}</legend>
      {TRACKER_SYSTEMS.map((system) => (
        <label key={system}>
          <input
            type="checkbox"
            checked={switches[system]}
            onChange={(event) => saveSwitches({ ...switches, [system]: event.target.checked })}
          />{' '}
          {label(system)}
        </label>
      ))}
      <p className="field-note">{note}</p>
    </fieldset>
  );
}

/** One switch per tracker; content scripts read them when a page loads (lib/mount/run-ticket-context.ts). */
export function TrackerSwitches() {
  return (
    <PerTrackerSwitches
      setting={trackerSwitches}
      legend={i18n.t('options.sites.switchesLegend')}
      label={(system) => TRACKERS[system].name}
      note={i18n.t('options.sites.switchesNote')}
    />
  );
}
