import { MARKS_ENABLED_KEY } from './is-marks-enabled';
import { trackerSwitchesAt } from './trackers-enabled';

/**
 * Which trackers show marks on boards and lists, switched in the options page. Stored as the
 * sidebar switches are: only the switched-off trackers, so a tracker added later starts on.
 */
export const marksSwitches = trackerSwitchesAt(MARKS_ENABLED_KEY);
