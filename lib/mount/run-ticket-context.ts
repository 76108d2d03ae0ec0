import { browser } from 'wxt/browser';
import { sidebarOpen } from '../sidebar/open-state';
import type { TrackerContent } from '../trackers/adapter';
import { followTickets } from './follow-tickets';
import { startBoardMarks } from './marks/start-board-marks';
import { startOnce } from './start-once';
import { detectHostTheme } from './host-theme';
import { requestFrameToken } from './request-frame-token';
import type { ScriptContext } from './script-context';
import { loadStartSettings } from './start-settings';
import { createSidebarFrame } from './sidebar-frame';
import { createSummaryButton } from './summary-button';
import { createSummaryClient } from './summary-client';
import { createTicketSurfaces, type TicketSurfaces } from './ticket-surfaces';
import { watchLocation } from './watch-location';

/** The summary client asks for 1.4 s at most (summary-client.ts); the worker may be waking. */
const MARKS_AT_THE_LATEST_MS = 3000;

/**
 * The whole job of a tracker's content script: find the ticket in the URL, draw its summary (and
 * the sidebar frame, if the person keeps it open), follow in-app navigation, and mark the ticket
 * links of boards and lists. The build starts the script at the first idle moment after the page's
 * `load` (build/start-after-load.ts). Everything it sets up dies with `ctx`.
 */
export async function runTicketContext(ctx: ScriptContext, tracker: TrackerContent): Promise<void> {
  try {
    const {
      hosts,
      open: openAtStart,
      enabled,
      marksEnabled,
    } = await loadStartSettings(tracker.system);
    if (!enabled) return;
    const frameUrl = browser.runtime.getURL('/sidebar.html');
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
      onPress: () => surfaces.prepare(),
      onPressEnd: () => surfaces.unprepare(),
      signal: ctx.signal,
    });
    // Marks beside ticket links on boards and lists (and in a ticket page's own links). On a ticket
    // page they start with its summary, so that the page draws the one and takes the marks' first
    // look at its links in one frame, not two; on a page that shows no ticket, at once; and should
    // no summary ever come, a little later.
    const startMarks = startOnce(() => {
      if (marksEnabled && !ctx.signal.aborted)
        startBoardMarks({ tracker, hosts, theme, signal: ctx.signal });
    }, MARKS_AT_THE_LATEST_MS);
    const client = createSummaryClient((next) => {
      surfaces.receive(next);
      startMarks();
    }, ctx.signal);
    const surfaces: TicketSurfaces = createTicketSurfaces({
      summary,
      client,
      open: openAtStart,
      openFrame: () => createSidebarFrame(frameUrl, document, theme, requestFrameToken),
    });
    ctx.onInvalidated(() => surfaces.remove());
    sidebarOpen.watch((next) => surfaces.setOpen(next), ctx.signal);
    const follow = followTickets({
      tracker,
      view: {
        show: (ticket) => surfaces.show(ticket),
        remove: () => {
          surfaces.remove();
          startMarks();
        },
      },
      hosts,
      win: window,
      signal: ctx.signal,
    });
    if (ctx.isInvalid) return;
    follow(location.href);
    watchLocation(window, ctx.signal, follow);
  } catch {
    // Nothing is ever thrown into the host page; without Throughline the page works as before.
  }
}
