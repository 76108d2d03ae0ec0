import { TRACKER_SYSTEMS } from '../trackers/registry';
import { MARKS_ENABLED_KEY } from './is-marks-enabled';
import { storedSetting } from './stored-setting';
import { readTrackerSwitches, type TrackerSwitches } from './trackers-enabled';

/**
 * Which trackers show marks on boards and lists, switched in the options page. Stored as the
 * sidebar switches are: only the switched-off trackers, so a tracker added later starts on.
 */
export const marksSwitches = storedSetting<TrackerSwitches>({
  key: MARKS_ENABLED_KEY,
  read: readTrackerSwitches,
  write: (switches) => ({ off: TRACKER_SYSTEMS.filter((name) => !switches[name]) }),
});
