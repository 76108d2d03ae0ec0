import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHostOptions } from '../../hosts/stored-sites';
import { isMarksEnabled } from '../../settings/is-marks-enabled';
import type { TrackerAdapter } from '../../trackers/adapter';
import { detectHostTheme } from '../host-theme';
import { whenIdleAfterLoad } from '../when-idle-after-load';
import { startBoardMarks } from './start-board-marks';

/**
 * The whole job of a tracker's marks content script (issue 15): marks beside ticket links on every
 * page of the tracker (a board may also show one ticket in a drawer; the summary's own script
 * handles that one), from the first idle moment after `load`. A script of its own, beside the
 * summary's, so each stays within the 10 KB gzipped budget (together they measured 10.1–10.4 KB).
 */
export async function runMarksScript(ctx: ContentScriptContext, tracker: TrackerAdapter) {
  try {
    const hosts = loadHostOptions();
    const enabled = isMarksEnabled(tracker.system); // switched in the options page
    await whenIdleAfterLoad(window, ctx.signal);
    if (!(await enabled) || ctx.isInvalid) return;
    const theme = detectHostTheme(window);
    startBoardMarks({ tracker, hosts: await hosts, theme, signal: ctx.signal });
  } catch {
    // Nothing is ever thrown into the host page.
  }
}
