import { formatNumber } from '../../../lib/i18n/format';
import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { goalTickets } from '../../../lib/db/queries/goal-tickets';
import { ticketUrl } from '../../../lib/search/ticket-url';
import { TRACKER_NAMES, TrackerBadge } from '../../shared/TrackerBadge';
import { useDb } from '../../shared/useDb';
import { useSwitchedOffTrackers } from '../../shared/useSwitchedOffTrackers';
import { openTicket } from '../open-ticket';
import '../needs-attention.css';

/**
 * Every ticket working toward a goal, through any of its intents, grouped by tracker: where the
 * delivery risk of a goal in trouble actually sits. Each opens in a new tab.
 */
export function GoalTickets({ goalId }: { goalId: string }) {
  const headingId = useId();
  const db = useDb();
  const tickets = useLiveQuery(() => goalTickets(db, goalId), [db, goalId]);
  const switchedOff = useSwitchedOffTrackers();
  if (!tickets) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {i18n.t('popup.detail.linkedTickets')}{' '}
        <span className="muted">({formatNumber(tickets.total)})</span>
      </h3>
      {tickets.total === 0 && <p className="muted">{i18n.t('popup.detail.noTicketForGoal')}</p>}
      {tickets.groups.map((group) => (
        <div
          key={group.system}
          role="group"
          aria-label={`${TRACKER_NAMES[group.system]}: ${formatNumber(group.count)}`}
        >
          <p className="tracker-heading">
            <TrackerBadge system={group.system} />
            {TRACKER_NAMES[group.system]} <span className="muted">{formatNumber(group.count)}</span>
            {switchedOff.has(group.system) && (
              <span className="muted">{i18n.t('popup.detail.switchedOff')}</span>
            )}
          </p>
          <ul className="plain-list">
            {group.tickets.map((ticket) => (
              <li key={ticket.id}>
                <button
                  type="button"
                  className="link-button ticket-row"
                  onClick={() => void openTicket(ticketUrl(ticket.id, ticket.url))}
                >
                  <span className="ticket-key">{ticket.key}</span>
                  {ticket.title && <span className="truncate">{ticket.title}</span>}
                  {ticket.pending && (
                    <span className="muted">{i18n.t('popup.detail.notSynced')}</span>
                  )}
                  <span className="opens-tab" aria-hidden="true">
                    ↗
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {group.count > group.tickets.length && (
            <p className="tracker-more muted">
              {i18n.t('popup.detail.moreOn', [
                formatNumber(group.count - group.tickets.length),
                TRACKER_NAMES[group.system],
              ])}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
