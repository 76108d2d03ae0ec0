import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TrackerAdapter } from '../trackers/adapter';
import { toUrl } from '../trackers/to-url';
import { createSidebarFrame } from './sidebar-frame';
import { whenIdleAfterLoad } from './when-idle-after-load';

/**
 * The whole job of a tracker's content script: find the ticket in the URL, mount the sidebar frame
 * for it, and follow in-app navigation (move to another ticket, or remove on a non-ticket page).
 */
export async function runTicketSidebar(
  ctx: ContentScriptContext,
  tracker: TrackerAdapter,
  frameUrl: string,
): Promise<void> {
  const frame = createSidebarFrame(frameUrl);
  ctx.onInvalidated(() => frame.remove());

  const showFor = (url: string) => {
    try {
      const parsed = toUrl(url);
      const ticket = parsed && tracker.parseUrl(parsed);
      if (!ticket) return frame.remove();
      frame.show({ id: ticket.id, key: ticket.key, url, title: tracker.readTitle(document) });
    } catch {
      // Never throw into the host page; a page we cannot read simply gets no sidebar.
      frame.remove();
    }
  };

  await whenIdleAfterLoad(window, ctx.signal);
  if (ctx.isInvalid) return;
  showFor(location.href);
  // WXT fires this on history changes; `location.href` may still be the old URL inside it.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => showFor(event.newUrl.href));
}
