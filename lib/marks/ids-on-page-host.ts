import { detectTicket } from '../detect';
import type { FrameSender } from '../sidebar/frame-bindings';
import { urlOfTicketId } from '../trackers/ticket-ids';
import type { TrackerUrlOptions } from '../trackers/types';

/** The hostname of a URL, or undefined for anything that does not parse. */
function hostnameOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The sender rule for marks (`marks.watch`): a content script on a board or list may ask only about
 * tickets of its own page's tracker and host — every id must open on the host the asking page is
 * on (its frame's URL, or the tab's for a top frame: either may lag an in-app navigation), and
 * that host must be one Throughline recognises for the id's tracker (self-hosted sites only when
 * listed). One foreign id refuses the whole request: an honest content script never sends one.
 */
export function idsOnPageHost(
  sender: FrameSender,
  ticketIds: readonly string[],
  hosts: TrackerUrlOptions,
): boolean {
  const pageHosts = new Set(
    [sender.url, sender.frameId === 0 ? sender.tab?.url : undefined]
      .map(hostnameOf)
      .filter((host) => host !== undefined),
  );
  if (pageHosts.size === 0) return false;
  return ticketIds.every((id) => {
    const url = urlOfTicketId(id);
    const host = hostnameOf(url);
    return (
      url !== undefined &&
      host !== undefined &&
      pageHosts.has(host) &&
      detectTicket(url, hosts)?.id === id
    );
  });
}
