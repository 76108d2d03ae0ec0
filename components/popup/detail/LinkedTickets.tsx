import { formatNumber } from '../../../lib/i18n/format';
import { i18n } from '#i18n';
import { useId } from 'react';
import type { StoredLink } from '../../../lib/db/database';
import { ticketKey, ticketUrl } from '../../../lib/search/ticket-url';
import { openTicket } from '../open-ticket';

/** Tickets tagged to an intent; each opens in a new tab. */
export function LinkedTickets({ links }: { links: readonly StoredLink[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {i18n.t('popup.detail.linkedTickets')}{' '}
        <span className="muted">({formatNumber(links.length)})</span>
      </h3>
      {links.length === 0 ? (
        <p className="muted">{i18n.t('popup.detail.noTicketForIntent')}</p>
      ) : (
        <ul className="plain-list">
          {links.map((link) => (
            <li key={link.id}>
              <button
                type="button"
                className="link-button ticket-row"
                onClick={() => void openTicket(ticketUrl(link.id, link.url))}
              >
                <span className="ticket-key">{ticketKey(link.id)}</span>
                {link.title && <span className="truncate">{link.title}</span>}
                {link.pending && <span className="muted">{i18n.t('popup.detail.notSynced')}</span>}
                <span className="opens-tab" aria-hidden="true">
                  ↗
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
