import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import './ticket-header.css';

export function TicketHeader({ ticket, onCollapse }: { ticket: FrameTicket; onCollapse(): void }) {
  return (
    <header className="ticket-header">
      <span className="brand">Throughline</span>
      <span className="ticket-key">{ticket.key}</span>
      <button
        type="button"
        className="icon-button"
        onClick={onCollapse}
        aria-label="Collapse sidebar"
        title="Collapse (Alt+Shift+T)"
      >
        ⟩
      </button>
    </header>
  );
}
