import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHostOptions } from '../hosts/stored-sites';
import { isTrackerEnabled } from '../settings/is-tracker-enabled';
import { readCollapsed, watchCollapsed } from '../sidebar/collapsed-state';
import type { TrackerAdapter } from '../trackers/adapter';
import { followTickets } from './follow-tickets';
import { detectHostTheme } from './host-theme';
import { requestFrameToken } from './request-frame-token';
import { createSidebarFrame } from './sidebar-frame';
import { watchLocation } from './watch-location';
import { whenIdleAfterLoad } from './when-idle-after-load';

/**
 * The whole job of a tracker's content script: find the ticket in the URL, mount the sidebar frame
 * for it at the first idle moment after `load`, and follow in-app navigation (move to another
 * ticket, or remove on a non-ticket page). Everything it sets up dies with `ctx`.
 */
export async function runTicketSidebar(
  ctx: ContentScriptContext,
  tracker: TrackerAdapter,
  frameUrl: string,
): Promise<void> {
  try {
    // Self-hosted sites and the open/closed state are read while the page loads, not after.
    const hosts = loadHostOptions();
    const collapsedAtStart = readCollapsed().catch(() => false);
    const enabled = isTrackerEnabled(tracker.system); // switched in the options page
    await whenIdleAfterLoad(window, ctx.signal);
    if (!(await enabled)) return;
    const collapsed = await collapsedAtStart;
    const frame = createSidebarFrame(
      frameUrl,
      document,
      collapsed,
      detectHostTheme(window),
      requestFrameToken,
    );
    ctx.onInvalidated(() => frame.remove());
    // The frame's ⟩ button and the worker's Alt+Shift+T both change the stored state.
    watchCollapsed((next) => frame.setCollapsed(next), ctx.signal);
    const follow = followTickets({
      tracker,
      frame,
      hosts: await hosts,
      win: window,
      signal: ctx.signal,
    });
    if (ctx.isInvalid) return;
    follow(location.href);
    watchLocation(window, ctx.signal, follow);
  } catch {
    // Nothing is ever thrown into the host page; without a sidebar the page works as before.
  }
}
