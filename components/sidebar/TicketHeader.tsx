import { i18n } from '#i18n';
import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import './ticket-header.css';

export function TicketHeader({ ticket, onCollapse }: { ticket: FrameTicket; onCollapse(): void }) {
  return (
    <header className="ticket-header">
      <span className="brand">{i18n.t('extName')}</span>
      <span className="ticket-key">{ticket.key}</span>
      <button
        type="button"
        className="icon-button"
        onClick={onCollapse}
        aria-label={i18n.t('sidebar.collapse')}
        title={i18n.t('sidebar.collapseTitle')}
      >
        ⟩
      </button>
    </header>
  );
}
