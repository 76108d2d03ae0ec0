import { useEffect } from 'react';
import type { SidebarState } from '../../lib/sidebar/state';
import { provenanceText } from '../../lib/coverage/provenance';
import { ContextView } from './ContextView';
import { MatchedRules } from './MatchedRules';
import { NoIntentFits } from './NoIntentFits';
import { NotConnected } from './NotConnected';
import { RejectionNotice } from './RejectionNotice';
import { RiskBanner } from './RiskBanner';
import { Siblings } from './Siblings';
import { TagBar } from './TagBar';
import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import { SyncProblem } from './SyncProblem';
import { TicketHeader } from './TicketHeader';
import { sidebarOpen } from '../../lib/sidebar/open-state';
import { useFrameTicket } from './useFrameTicket';
import { useSidebarState } from './useSidebarState';
import './sidebar-app.css';

export function SidebarApp() {
  const ticket = useFrameTicket();
  const state = useSidebarState(ticket?.id, ticket?.token, ticket?.title);
  useEffect(() => {
    if (ticket?.theme) document.documentElement.dataset.theme = ticket.theme;
  }, [ticket?.theme]);
  if (!ticket) return <main className="sidebar muted">No ticket on this page.</main>;
  return (
    <main className="sidebar" aria-label="Throughline">
      <TicketHeader ticket={ticket} onClose={() => void sidebarOpen.save(false)} />
      {state ? <SidebarBody ticket={ticket} state={state} /> : <p className="muted">Loading…</p>}
    </main>
  );
}

export function SidebarBody({ ticket, state }: { ticket: FrameTicket; state: SidebarState }) {
  const { connection, status, context, inherited, rejection } = state;
  if (!connection) return <NotConnected />;
  const neverSynced = state.mode !== 'standalone' && !status?.lastSuccessAt;
  if (neverSynced && status?.lastError) return <SyncProblem status={status} />;
  if (neverSynced)
    return (
      <p className="muted" role="status">
        First sync running… the context appears here in a moment.
      </p>
    );
  return (
    <>
      <RiskBanner goal={(context ?? inherited)?.goal} />
      {status?.lastError && <SyncProblem status={status} compact />}
      {rejection && <RejectionNotice ticketId={ticket.id} rejection={rejection} />}
      {context?.link.noFit ? (
        <NoIntentFits link={context.link} />
      ) : context ? (
        <ContextView
          context={context}
          link={context.link}
          provenance={provenanceText({ source: 'tagged', ...context.link })}
        />
      ) : inherited ? (
        <ContextView
          context={inherited}
          provenance={provenanceText(
            inherited.source === 'via'
              ? { source: 'via', key: inherited.via.key }
              : { source: 'rule', name: inherited.rule.name },
          )}
        />
      ) : (
        <section className="notice" aria-label="Not linked">
          <h2>Not linked yet</h2>
          <p className="muted">
            Tag it to the intent it serves, or to an investment bucket: press <kbd>T</kbd>.
          </p>
        </section>
      )}
      {state.matchedRules && (
        <MatchedRules
          rules={state.matchedRules}
          winner={inherited?.source === 'rule' ? inherited.rule.id : undefined}
          tagged={context !== null}
        />
      )}
      {inherited && !context && (
        <p className="muted inherited-hint">A tag of this ticket’s own takes over from this.</p>
      )}
      <TagBar ticket={ticket} link={context?.link} />
      {(context ?? inherited) && state.siblings && <Siblings siblings={state.siblings} />}
    </>
  );
}
