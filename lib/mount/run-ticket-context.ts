import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHostOptions } from '../hosts/stored-sites';
import { isMarksEnabled } from '../settings/is-marks-enabled';
import { isTrackerEnabled } from '../settings/is-tracker-enabled';
import { sidebarOpen } from '../sidebar/open-state';
import type { TrackerAdapter } from '../trackers/adapter';
import { followTickets } from './follow-tickets';
import { startBoardMarks } from './marks/start-board-marks';
import { detectHostTheme } from './host-theme';
import { requestFrameToken } from './request-frame-token';
import { createSidebarFrame } from './sidebar-frame';
import { createSummaryButton } from './summary-button';
import { createSummaryClient } from './summary-client';
import { createTicketSurfaces, type TicketSurfaces } from './ticket-surfaces';
import { watchLocation } from './watch-location';
import { whenIdleAfterLoad } from './when-idle-after-load';

/**
 * The whole job of a tracker's content script: find the ticket in the URL, draw its summary at the
 * first idle moment after `load` (and the sidebar frame, if the person keeps it open), follow
 * in-app navigation, and mark the ticket links of boards and lists. Everything it sets up dies
 * with `ctx`.
 */
export async function runTicketContext(
  ctx: ContentScriptContext,
  tracker: TrackerAdapter,
  frameUrl: string,
): Promise<void> {
  try {
    // Self-hosted sites and the open/closed choice are read while the page loads, not after.
    const hosts = loadHostOptions();
    const openAtStart = sidebarOpen.load();
    const enabled = isTrackerEnabled(tracker.system); // switched in the options page
    const marksEnabled = isMarksEnabled(tracker.system); // marks have a switch of their own
    await whenIdleAfterLoad(window, ctx.signal);
    if (!(await enabled)) return;
    const theme = detectHostTheme(window);
    const open = (next: boolean) => {
      surfaces.setOpen(next); // at once here; every other tab follows the stored choice
      sidebarOpen.save(next).catch(() => undefined);
    };
    const summary = createSummaryButton({
      doc: document,
      spot: tracker.summarySpot,
      theme,
      onActivate: () => open(true),
      signal: ctx.signal,
    });
    const client = createSummaryClient((next) => surfaces.receive(next), ctx.signal);
    const surfaces: TicketSurfaces = createTicketSurfaces({
      summary,
      client,
      open: await openAtStart,
      openFrame: () => createSidebarFrame(frameUrl, document, theme, requestFrameToken),
    });
    ctx.onInvalidated(() => surfaces.remove());
    sidebarOpen.watch((next) => surfaces.setOpen(next), ctx.signal);
    const follow = followTickets({
      tracker,
      view: surfaces,
      hosts: await hosts,
      win: window,
      signal: ctx.signal,
    });
    if (ctx.isInvalid) return;
    follow(location.href);
    watchLocation(window, ctx.signal, follow);
    // Marks beside ticket links on boards and lists (and in a ticket page's own links).
    if (await marksEnabled)
      startBoardMarks({ tracker, hosts: await hosts, theme, signal: ctx.signal });
  } catch {
    // Nothing is ever thrown into the host page; without Throughline the page works as before.
  }
}
