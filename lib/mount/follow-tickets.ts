import type { TrackerContent } from '../trackers/adapter';
import { toUrl } from '../trackers/to-url';
import type { TrackerUrlOptions } from '../trackers/types';
import { readTitleWhenRendered } from './read-title-when-rendered';
import type { TicketView } from './ticket-surfaces';

interface Shown {
  id: string;
  key: string;
  url: string;
  title?: string;
}

/**
 * Keeps the view (summary and sidebar) on the ticket a URL names: shows it, moves it to another
 * ticket, or removes it on a page that names none. The same ticket under another URL (a comment
 * anchor, a pull request's tab) leaves the view alone. Never throws.
 */
export function followTickets(options: {
  tracker: TrackerContent;
  view: TicketView;
  hosts: TrackerUrlOptions;
  win: Window;
  signal: AbortSignal;
}): (href: string) => void {
  const { tracker, view, hosts, win, signal } = options;
  let shown: Shown | undefined;
  let stopTitleRead: AbortController | undefined;

  return (href) => {
    try {
      const url = toUrl(href);
      const ticket = url && tracker.parseUrl(url, hosts);
      if (ticket && ticket.id === shown?.id) return;
      stopTitleRead?.abort();
      // After an in-app navigation the previous ticket's view can stay on screen for a moment; a
      // title equal to the one we showed for it is that view, not the new one.
      const staleTitle = shown?.title;
      shown = undefined;
      if (!ticket) return view.remove();

      const current: Shown = { id: ticket.id, key: ticket.key, url: href };
      const read = () => {
        const title = tracker.readTitle(win.document, ticket.key);
        return title === staleTitle ? undefined : title;
      };
      current.title = read();
      shown = current;
      view.show(current);
      if (current.title !== undefined) return;

      stopTitleRead = childController(signal);
      readTitleWhenRendered(
        win,
        read,
        (title) => {
          if (shown !== current) return;
          current.title = title;
          view.show(current);
        },
        stopTitleRead.signal,
      );
    } catch {
      // Never throw into the host page; a page we cannot read simply gets no sidebar.
      shown = undefined;
      view.remove();
    }
  };
}

/** A controller aborted with `parent`, whose link to `parent` goes away when it is aborted itself. */
function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort();
  else parent.addEventListener('abort', () => child.abort(), { once: true, signal: child.signal });
  return child;
}
