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
        Linked tickets <span className="muted">({links.length})</span>
      </h3>
      {links.length === 0 ? (
        <p className="muted">No ticket is tagged to this intent yet.</p>
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
                {link.pending && <span className="muted">(not synced yet)</span>}
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
