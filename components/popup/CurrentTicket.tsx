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
      <h2 id="current-heading">This tab</h2>
      {active.state === 'loading' ? (
        <p className="muted">Looking at this tab…</p>
      ) : active.state === 'none' ? (
        <p className="muted">{`This tab shows no ${trackerNames('or')} ticket.`}</p>
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
            {context ? 'Change tag' : 'Tag'}
          </button>
        )}
      </div>
      {context === undefined ? null : context === null ? (
        <p className="muted">Not tagged to an intent or a bucket yet.</p>
      ) : (
        <>
          {context.link.pending === 'set' && (
            <p className="pending" role="status">
              Tag saved here; it reaches the context API on the next sync.
            </p>
          )}
          <dl className="chain-list">
            {context.intent && (
              <EntityButton
                label="Intent"
                title={context.intent.title}
                onClick={() => onOpen({ kind: 'intent', id: context.intent!.id })}
              />
            )}
            {context.goal && (
              <EntityButton
                label="Goal"
                title={context.goal.title}
                onClick={() => onOpen({ kind: 'goal', id: context.goal!.id })}
              />
            )}
            {context.mission && (
              <EntityButton
                label="Mission"
                title={context.mission.title}
                onClick={() => onOpen({ kind: 'mission', id: context.mission!.id })}
              />
            )}
            {context.bucket && (
              <div className="chain-row">
                <dt>Bucket</dt>
                <dd>
                  <BucketLabel bucket={context.bucket} />
                </dd>
              </div>
            )}
          </dl>
          {context.missing.intent && (
            <p className="notice error">The intent this ticket was tagged to has been removed.</p>
          )}
        </>
      )}
    </div>
  );
}
