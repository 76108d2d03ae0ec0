import { i18n } from '#i18n';
import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import './ticket-header.css';

export function TicketHeader({ ticket, onClose }: { ticket: FrameTicket; onClose(): void }) {
  return (
    <header className="ticket-header">
      <span className="brand">{i18n.t('extName')}</span>
      <span className="ticket-key">{ticket.key}</span>
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label={i18n.t('sidebar.close')}
        title={i18n.t('sidebar.closeTitle')}
      >
        ×
      </button>
    </header>
  );
}
