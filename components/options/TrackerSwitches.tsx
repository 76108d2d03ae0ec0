import { i18n } from '#i18n';
import { TRACKERS, TRACKER_SYSTEMS } from '../../lib/trackers/registry';
import { trackerSwitches } from '../../lib/settings/trackers-enabled';
import { useStoredSetting } from '../shared/useStoredSetting';

/** One switch per tracker; content scripts read them when a page loads (lib/mount/run-ticket-sidebar.ts). */
export function TrackerSwitches() {
  const [switches, saveSwitches] = useStoredSetting(trackerSwitches);
  if (!switches) return null;
  return (
    <fieldset className="switches">
      <legend>{i18n.t('options.sites.switchesLegend')}</legend>
      {TRACKER_SYSTEMS.map((system) => (
        <label key={system}>
          <input
            type="checkbox"
            checked={switches[system]}
            onChange={(event) => saveSwitches({ ...switches, [system]: event.target.checked })}
          />{' '}
          {TRACKERS[system].name}
        </label>
      ))}
      <p className="field-note">{i18n.t('options.sites.switchesNote')}</p>
    </fieldset>
  );
}
