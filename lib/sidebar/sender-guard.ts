import type { MessageName } from '../messaging/protocol';
import type { MessageSender } from '../messaging/router';
import type { TrackerUrlOptions } from '../trackers/types';
import { idsOnPageHost } from '../marks/ids-on-page-host';
import { pageShows, type FrameBindings, type FrameSender } from './frame-bindings';

export const SIDEBAR_PAGE = 'sidebar.html';

/** A message or port from our sidebar page: wherever it is embedded, it is only ours if bound. */
export function isSidebarFrame(sender: MessageSender, extensionOrigin: string): boolean {
  return (
    typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}${SIDEBAR_PAGE}`)
  );
}

/**
 * The sender rules that depend on where a message comes from, beyond the protocol's `from`:
 * - the sidebar frame is answered only once bound (frame-bindings.ts), and only about its ticket;
 * - a content script asks only about the ticket its own page shows;
 * - marks on a board or list ask only about tickets on the page's own tracker host.
 */
export function createSenderGuard(
  bindings: FrameBindings,
  extensionOrigin: string,
  hosts: () => Promise<TrackerUrlOptions>,
) {
  return async (_name: MessageName, payload: unknown, sender: MessageSender): Promise<boolean> => {
    const ticketId = (payload as { ticketId?: unknown } | null)?.ticketId;
    const ticketIds = (payload as { ticketIds?: unknown } | null)?.ticketIds;
    const frame: FrameSender = sender;
    if (isSidebarFrame(sender, extensionOrigin)) {
      const bound = await bindings.boundTicket(frame);
      return bound !== undefined && (ticketId === undefined || ticketId === bound);
    }
    // Content scripts (the protocol lets them send only a few messages) ask about the ticket their
    // own page shows, and about no other.
    if (!sender.url?.startsWith(extensionOrigin) && ticketId !== undefined)
      return typeof ticketId === 'string' && pageShows(frame, ticketId, await hosts());
    if (!sender.url?.startsWith(extensionOrigin) && ticketIds !== undefined)
      return Array.isArray(ticketIds) && idsOnPageHost(frame, ticketIds as string[], await hosts());
    return true;
  };
}
