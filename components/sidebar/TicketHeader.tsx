import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import './ticket-header.css';

export function TicketHeader({ ticket, onClose }: { ticket: FrameTicket; onClose(): void }) {
  return (
    <header className="ticket-header">
      <span className="brand">Throughline</span>
      <span className="ticket-key">{ticket.key}</span>
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label="Close sidebar"
        title="Close: the summary stays (Alt+Shift+T)"
      >
        ×
      </button>
    </header>
  );
}
