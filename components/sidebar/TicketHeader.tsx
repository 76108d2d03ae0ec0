import type { FrameTicket } from '../../lib/sidebar/ticket-hash';

export function TicketHeader({ ticket }: { ticket: FrameTicket }) {
  return (
    <header className="ticket-header">
      <span className="brand">Throughline</span>
      <span className="ticket-key">{ticket.key}</span>
    </header>
  );
}
