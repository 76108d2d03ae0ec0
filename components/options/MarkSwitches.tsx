import { i18n } from '#i18n';
import { marksSwitches } from '../../lib/settings/marks-enabled';
import { TRACKERS } from '../../lib/trackers/registry';
import { PerTrackerSwitches } from './TrackerSwitches';

/**
 * One switch per tracker for the marks beside ticket links on boards and lists (issue 15); apart
 * from the sidebar switches, so either can be off alone. The content script reads them at load.
 */
export function MarkSwitches() {
  return (
    <PerTrackerSwitches
      setting={marksSwitches}
      legend={i18n.t('options.marks.legend')}
      label={(system) => i18n.t('options.marks.tracker', [TRACKERS[system].name])}
      note={i18n.t('options.marks.note')}
    />
  );
}
