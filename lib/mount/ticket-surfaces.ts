import type { TicketSummary } from '../summary/ticket-summary';
import type { FrameTicket } from '../sidebar/ticket-hash';
import type { SidebarFrame } from './sidebar-frame';
import type { SummaryButton } from './summary-button';
import type { SummaryClient } from './summary-client';

export type ShownTicket = Omit<FrameTicket, 'token' | 'theme'>;

/** What follows the ticket a page shows (follow-tickets.ts). */
export interface TicketView {
  show(ticket: ShownTicket): void;
  remove(): void;
}

export interface TicketSurfaces extends TicketView {
  /** The remembered choice changed (the summary, the frame's close button, Alt+Shift+T). */
  setOpen(open: boolean): void;
  /** A summary the worker sent, for whichever ticket. */
  receive(summary: TicketSummary): void;
  /**
   * A press on the summary began: the sidebar frame starts loading unseen, so the click that ends
   * the press reveals what loaded meanwhile (a person's press lasts about a tenth of a second).
   */
  prepare(): void;
  /** The press ended in no click (released elsewhere, cancelled): the unseen frame goes. */
  unprepare(): void;
}

/**
 * Summary first, sidebar on demand: the summary is drawn on every ticket page; the sidebar frame
 * exists only while the person keeps it open, and closing it brings the summary back (with the
 * keyboard focus, if the frame had it).
 */
export function createTicketSurfaces(options: {
  summary: SummaryButton;
  client: SummaryClient;
  openFrame(): SidebarFrame;
  open: boolean;
}): TicketSurfaces {
  const { summary, client, openFrame } = options;
  let open = options.open;
  let ticket: ShownTicket | undefined;
  let latest: TicketSummary | undefined;
  let frame: SidebarFrame | undefined;

  /** `withPage`: the frame comes with the page, not at a person's request (sidebar-frame.ts). */
  const showFrame = (shown: ShownTicket, withPage: boolean) => {
    summary.hide();
    frame ??= openFrame();
    frame.show(shown, withPage);
  };

  return {
    show(next) {
      const moved = next.id !== ticket?.id;
      const titled = next.title !== undefined && next.title !== ticket?.title;
      ticket = next;
      if (moved) {
        latest = undefined;
        summary.hide(); // another ticket's summary must not linger while this one's comes
      }
      // The title is what mentions and rules read: ask again once the page shows it.
      if (moved || titled) client.watch(next.id, next.title);
      if (open) showFrame(next, true);
    },
    remove() {
      ticket = undefined;
      latest = undefined;
      client.unwatch();
      summary.hide();
      frame?.remove();
      frame = undefined;
    },
    setOpen(next) {
      if (next === open) return;
      open = next;
      if (!ticket) return;
      if (open) return showFrame(ticket, false);
      const hadFocus = frame?.hasFocus() ?? false;
      frame?.remove();
      frame = undefined;
      if (!latest) return;
      summary.show(latest);
      if (hadFocus) summary.focus();
    },
    prepare() {
      if (open || !ticket || frame) return;
      frame = openFrame();
      frame.prepare(ticket);
    },
    unprepare() {
      if (open || !frame) return;
      frame.remove();
      frame = undefined;
    },
    receive(next) {
      if (next.ticketId !== ticket?.id) return; // a late answer for the ticket the page left
      latest = next;
      if (!open) summary.show(next);
    },
  };
}
