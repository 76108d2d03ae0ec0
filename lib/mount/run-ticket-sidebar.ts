import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadHostOptions } from '../hosts/stored-sites';
import type { TrackerAdapter } from '../trackers/adapter';
import { followTickets } from './follow-tickets';
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
    const frame = createSidebarFrame(frameUrl);
    ctx.onInvalidated(() => frame.remove());
    // Self-hosted sites (options page) are read while the page loads, not after.
    const hosts = loadHostOptions();
    await whenIdleAfterLoad(window, ctx.signal);
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
