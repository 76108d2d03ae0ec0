import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { recentCoverage, type RecentCoverage } from '../../lib/db/queries/recent-coverage';
import { formatNumber } from '../../lib/i18n/format';
import type { RecentTicket } from '../../lib/recent/recent-ticket';
import { ticketUrl } from '../../lib/search/ticket-url';
import { useDb } from '../shared/useDb';
import { openTicket } from './open-ticket';
import { TicketTagger } from './TicketTagger';
import './recent-tickets.css';

/** Tickets without a why listed at first, and added per "Show more". */
const FIRST = 5;
const MORE = 10;

/**
 * "Your recent tickets": of the tickets this person opened lately (kept in this browser only),
 * how many have a why and where it comes from, and the ones without, each tagged in place with
 * the shared picker. Read from the local store and kept live, so a tag moves its ticket at once.
 */
export function RecentTickets() {
  const db = useDb();
  const [limit, setLimit] = useState(FIRST);
  const recent = useLiveQuery(() => recentCoverage(db, { limit }), [db, limit]);
  const [tagging, setTagging] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  const tagged = (ticket: RecentTicket) => {
    setTagging(undefined);
    setNotice(i18n.t('popup.recent.tagged', [ticket.key]));
    // Its row goes away with the tag: keep keyboard focus in the section.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="recent-heading" className="recent">
      <h2 id="recent-heading" ref={heading} tabIndex={-1}>
        {i18n.t('popup.recent.heading')}
      </h2>
      {recent === undefined ? null : recent.total === 0 ? (
        <p className="muted">{i18n.t('popup.recent.empty')}</p>
      ) : (
        <>
          <WhyCounts recent={recent} />
          {notice && (
            <p className="muted" role="status">
              {notice}
            </p>
          )}
          {recent.without.length > 0 && (
            <ul className="plain-list recent-list" aria-label={i18n.t('popup.recent.withoutLabel')}>
              {recent.without.map((ticket) => (
                <li key={ticket.id}>
                  <div className="recent-row">
                    <button
                      type="button"
                      className="link-button ticket-row"
                      onClick={() => void openTicket(ticketUrl(ticket.id))}
                    >
                      <span className="ticket-key">{ticket.key}</span>
                      {ticket.title && <span className="truncate">{ticket.title}</span>}
                      <span className="opens-tab" aria-hidden="true">
                        ↗
                      </span>
                    </button>
                    <button
                      type="button"
                      aria-label={i18n.t('popup.recent.tagTicket', [ticket.key])}
                      aria-expanded={tagging === ticket.id}
                      onClick={() => {
                        setNotice(undefined);
                        setTagging(tagging === ticket.id ? undefined : ticket.id);
                      }}
                    >
                      {i18n.t('popup.tag')}
                    </button>
                  </div>
                  {tagging === ticket.id && (
                    <div className="recent-tagger">
                      <TicketTagger
                        ticket={{ id: ticket.id, title: ticket.title, url: ticketUrl(ticket.id) }}
                        ticketKey={ticket.key}
                        onTagged={() => tagged(ticket)}
                        onClose={() => setTagging(undefined)}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <ShowMore
            left={recent.counts.none - recent.without.length}
            onMore={() => setLimit(recent.without.length + MORE)}
          />
        </>
      )}
    </section>
  );
}

/** "9 of 12 have a why": tagged, via another ticket, by rule, and none. */
function WhyCounts({ recent }: { recent: RecentCoverage }) {
  const { total, counts, noFit } = recent;
  const withWhy = total - counts.none;
  return (
    <>
      <p className="recent-summary">
        {i18n.t('popup.recent.haveWhy', withWhy, [
          i18n.t('popup.recent.ofOpened', total, [formatNumber(withWhy), formatNumber(total)]),
        ])}
      </p>
      <ul className="why-counts" aria-label={i18n.t('popup.recent.countsLabel')}>
        <li>
          {i18n.t('popup.recent.countTagged')} <strong>{formatNumber(counts.tagged)}</strong>
          {noFit > 0 && (
            <span className="muted">
              {' '}
              {i18n.t('popup.recent.countNoFit', [formatNumber(noFit)])}
            </span>
          )}
        </li>
        <li>
          {i18n.t('popup.recent.countVia')} <strong>{formatNumber(counts.via)}</strong>
        </li>
        <li>
          {i18n.t('popup.recent.countRule')} <strong>{formatNumber(counts.rule)}</strong>
        </li>
        <li>
          {i18n.t('popup.recent.countNone')} <strong>{formatNumber(counts.none)}</strong>
        </li>
      </ul>
    </>
  );
}

export function ShowMore({ left, onMore }: { left: number; onMore(): void }) {
  if (left <= 0) return null;
  return (
    <button type="button" className="link-button show-more" onClick={onMore}>
      {left <= MORE
        ? i18n.t('popup.recent.showMore', [formatNumber(left)])
        : i18n.t('popup.recent.showMoreOf', [formatNumber(MORE), formatNumber(left)])}
    </button>
  );
}
