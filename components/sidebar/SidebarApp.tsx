import { i18n } from '#i18n';
import { useEffect } from 'react';
import type { SidebarState } from '../../lib/sidebar/state-schema';
import { provenanceText } from '../../lib/coverage/provenance';
import { ContextView } from './ContextView';
import { MatchedRules } from './MatchedRules';
import { NoIntentFits } from './NoIntentFits';
import { NoAnswerYet } from './NoAnswerYet';
import { NotConnected } from './NotConnected';
import { RejectionNotice } from './RejectionNotice';
import { RiskBanner } from './RiskBanner';
import { Siblings } from './Siblings';
import { TagBar } from './TagBar';
import { usePreloadedTagPicker } from './LazyTagPicker';
import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import { SyncProblem } from './SyncProblem';
import { TicketHeader } from './TicketHeader';
import { sidebarOpen } from '../../lib/sidebar/open-state';
import { useFrameTicket } from './useFrameTicket';
import { useSidebarState } from './useSidebarState';
import { useStalled } from './useStalled';
import './sidebar-app.css';

/**
 * How long "Loading…" stays before the sidebar says it has no answer: room for a worker that starts
 * cold over a large store. Connected to the demo API, the context shows about 120 ms after the
 * click that opens the sidebar.
 */
const NO_ANSWER_AFTER_MS = 5000;

export function SidebarApp() {
  const ticket = useFrameTicket();
  const state = useSidebarState(ticket?.id, ticket?.token, ticket?.title);
  usePreloadedTagPicker(); // while the worker's first answer is on its way
  const stalled = useStalled(!state, NO_ANSWER_AFTER_MS, ticket?.id);
  useEffect(() => {
    if (ticket?.theme) document.documentElement.dataset.theme = ticket.theme;
  }, [ticket?.theme]);
  if (!ticket) return <main className="sidebar muted">{i18n.t('sidebar.noTicket')}</main>;
  return (
    <main className="sidebar" aria-label={i18n.t('sidebar.label')}>
      <TicketHeader ticket={ticket} onClose={() => void sidebarOpen.save(false)} />
      {state ? (
        <SidebarBody ticket={ticket} state={state} />
      ) : stalled ? (
        <NoAnswerYet />
      ) : (
        <p className="muted">{i18n.t('common.loading')}</p>
      )}
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
        {i18n.t('sidebar.firstSync')}
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
        <section className="notice" aria-label={i18n.t('sidebar.notLinkedLabel')}>
          <h2>{i18n.t('sidebar.notLinkedTitle')}</h2>
          <p className="muted">
            {i18n.t('sidebar.notLinkedHint')} <kbd>{i18n.t('sidebar.notLinkedKey')}</kbd>
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
        <p className="muted inherited-hint">{i18n.t('sidebar.inheritedHint')}</p>
      )}
      <TagBar ticket={ticket} link={context?.link} />
      {(context ?? inherited) && state.siblings && <Siblings siblings={state.siblings} />}
    </>
  );
}
