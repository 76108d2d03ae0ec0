import { i18n } from '#i18n';
import { TRACKERS, TRACKER_SYSTEMS } from '../../lib/trackers/registry';
import { marksSwitches } from '../../lib/settings/marks-enabled';
import { useStoredSetting } from '../shared/useStoredSetting';

/**
 * One switch per tracker for the marks beside ticket links on boards and lists (issue 15); apart
 * from the sidebar switches, so either can be off alone. The marks scripts read them at page load.
 */
export function MarkSwitches() {
  const [switches, saveSwitches] = useStoredSetting(marksSwitches);
  if (!switches) return null;
  return (
    <fieldset className="switches">
      <legend>{i18n.t('options.marks.legend')}</legend>
      {TRACKER_SYSTEMS.map((system) => (
        <label key={system}>
          <input
            type="checkbox"
            checked={switches[system]}
            onChange={(event) => saveSwitches({ ...switches, [system]: event.target.checked })}
          />{' '}
          {i18n.t('options.marks.tracker', [TRACKERS[system].name])}
        </label>
      ))}
      <p className="field-note">{i18n.t('options.marks.note')}</p>
    </fieldset>
  );
}
