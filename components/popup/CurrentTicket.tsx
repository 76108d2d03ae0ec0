import { uiLocale } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { contextFor } from '../../lib/db/context';
import { trackerNames } from '../../lib/trackers/registry';
import { useDb } from '../shared/useDb';
import { BucketLabel } from './BucketLabel';
import { EntityButton } from './EntityButton';
import type { PopupView } from './popup-view';
import type { ActiveTicket } from './useActiveTicket';

interface CurrentTicketProps {
  active: ActiveTicket;
  onOpen(view: PopupView): void;
}

/** The ticket in the current tab: where it belongs, and a way to tag it; or a line saying none. */
export function CurrentTicket({ active, onOpen }: CurrentTicketProps) {
  return (
    <section className="current" aria-labelledby="current-heading">
      <h2 id="current-heading">{i18n.t('popup.thisTab')}</h2>
      {active.state === 'loading' ? (
        <p className="muted">{i18n.t('popup.lookingAtTab')}</p>
      ) : active.state === 'none' ? (
        <p className="muted">
          {i18n.t('popup.noTicketInTab', [trackerNames('or', undefined, uiLocale())])}
        </p>
      ) : (
        <TicketContext active={active} onOpen={onOpen} />
      )}
    </section>
  );
}

function TicketContext({
  active,
  onOpen,
}: {
  active: Extract<ActiveTicket, { state: 'ticket' }>;
  onOpen(view: PopupView): void;
}) {
  const db = useDb();
  const { ticket, url } = active;
  const context = useLiveQuery(() => contextFor(db, ticket.id), [db, ticket.id]);
  const tag = () =>
    onOpen({
      kind: 'tag',
      ticket,
      url,
      title: context?.link.title,
      linkUrl: context?.link.url,
    });

  return (
    <div className="current-ticket">
      <div className="current-head">
        <p className="current-title">
          <span className="ticket-key">{ticket.key}</span>
          {context?.link.title && <span className="truncate">{context.link.title}</span>}
        </p>
        {context !== undefined && (
          <button type="button" className={context ? '' : 'primary'} onClick={tag}>
            {context ? i18n.t('popup.changeTag') : i18n.t('popup.tag')}
          </button>
        )}
      </div>
      {context === undefined ? null : context === null ? (
        <p className="muted">{i18n.t('popup.notTagged')}</p>
      ) : (
        <>
          {context.link.pending === 'set' && (
            <p className="pending" role="status">
              {i18n.t('sidebar.pendingTag')}
            </p>
          )}
          <dl className="chain-list">
            {context.intent && (
              <EntityButton
                label={i18n.t('kind.intent')}
                title={context.intent.title}
                onClick={() => onOpen({ kind: 'intent', id: context.intent!.id })}
              />
            )}
            {context.goal && (
              <EntityButton
                label={i18n.t('kind.goal')}
                title={context.goal.title}
                onClick={() => onOpen({ kind: 'goal', id: context.goal!.id })}
              />
            )}
            {context.mission && (
              <EntityButton
                label={i18n.t('kind.mission')}
                title={context.mission.title}
                onClick={() => onOpen({ kind: 'mission', id: context.mission!.id })}
              />
            )}
            {context.bucket && (
              <div className="chain-row">
                <dt>{i18n.t('kind.bucket')}</dt>
                <dd>
                  <BucketLabel bucket={context.bucket} />
                </dd>
              </div>
            )}
          </dl>
          {context.missing.intent && (
            <p className="notice error">{i18n.t('popup.intentRemoved')}</p>
          )}
        </>
      )}
    </div>
  );
}
