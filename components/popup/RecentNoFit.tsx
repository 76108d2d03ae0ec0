import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CONTEXT_FILE_LINKER } from '../../lib/coverage/provenance';
import { NO_FIT_FIRST_PAGE, noFitLinks } from '../../lib/db/queries/no-fit-links';
import { ticketKey, ticketUrl } from '../../lib/search/ticket-url';
import { relativeTime } from '../shared/relative-time';
import { useDb } from '../shared/useDb';
import { openTicket } from './open-ticket';
import { ShowMore } from './RecentTickets';
import './recent-tickets.css';

const MORE = 10;

/**
 * Tickets someone said no intent fits, newest first, with the note saying why: where work escapes
 * the map of intents, for whoever keeps that map. Shown only when there are some.
 */
export function RecentNoFit() {
  const db = useDb();
  const [limit, setLimit] = useState(NO_FIT_FIRST_PAGE);
  const list = useLiveQuery(() => noFitLinks(db, { limit }), [db, limit]);
  if (!list || list.total === 0) return null;
  return (
    <section aria-labelledby="no-fit-heading" className="recent">
      <h2 id="no-fit-heading">{i18n.t('popup.noFit.heading')}</h2>
      <ul className="plain-list recent-list">
        {list.items.map((link) => (
          <li key={link.id} className="no-fit-item">
            <button
              type="button"
              className="link-button ticket-row"
              onClick={() => void openTicket(ticketUrl(link.id, link.url))}
            >
              <span className="ticket-key">{ticketKey(link.id)}</span>
              {link.title && <span className="truncate">{link.title}</span>}
              <span className="opens-tab" aria-hidden="true">
                ↗
              </span>
            </button>
            <p className={link.note ? 'no-fit-note' : 'no-fit-note muted'}>
              {link.note ?? i18n.t('popup.noFit.noNote')}
            </p>
            <p className="muted no-fit-by">
              {i18n.t('popup.noFit.byWhen', [byLine(link.linkedBy), relativeTime(link.linkedAt)])}
              {link.pending && <> {i18n.t('popup.noFit.notSynced')}</>}
            </p>
          </li>
        ))}
      </ul>
      <ShowMore
        left={list.total - list.items.length}
        onMore={() => setLimit(list.items.length + MORE)}
      />
    </section>
  );
}

function byLine(linkedBy: string | undefined): string {
  if (!linkedBy || linkedBy === CONTEXT_FILE_LINKER) return i18n.t('popup.noFit.inContextFile');
  return i18n.t('popup.noFit.by', [linkedBy]);
}
