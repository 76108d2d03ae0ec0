import { useLiveQuery } from 'dexie-react-hooks';
import { contextFor, type TicketContext } from '../../lib/db/context';
import { useDb } from '../shared/useDb';
import { useSyncState, type SyncState } from '../shared/useSyncState';
import { ContextView } from './ContextView';
import { NotConnected } from './NotConnected';
import { SyncProblem } from './SyncProblem';
import { TicketHeader } from './TicketHeader';
import { useFrameTicket } from './useFrameTicket';

export function SidebarApp() {
  const db = useDb();
  const ticket = useFrameTicket();
  const sync = useSyncState();
  const context = useLiveQuery(
    () => (ticket ? contextFor(db, ticket.id) : Promise.resolve(null)),
    [db, ticket?.id],
  );

  if (!ticket) return <main className="sidebar muted">No ticket on this page.</main>;
  return (
    <main className="sidebar" aria-label="Throughline">
      <TicketHeader ticket={ticket} />
      <SidebarBody sync={sync} context={context} />
    </main>
  );
}

function SidebarBody({ sync, context }: { sync: SyncState; context: TicketContext | null | undefined }) {
  if (!sync.loaded || context === undefined) return <p className="muted">Loading…</p>;
  if (!sync.connection) return <NotConnected />;
  const neverSynced = !sync.status?.lastSuccessAt;
  if (neverSynced && sync.status?.lastError) return <SyncProblem status={sync.status} />;
  if (neverSynced)
    return (
      <p className="muted" role="status">
        First sync running… the context appears here in a moment.
      </p>
    );
  return (
    <>
      {sync.status?.lastError && <SyncProblem status={sync.status} compact />}
      {context ? (
        <ContextView context={context} />
      ) : (
        <section className="notice" aria-label="Not linked">
          <h2>Not linked yet</h2>
          <p className="muted">This ticket is not tagged to an intent or an investment bucket.</p>
        </section>
      )}
    </>
  );
}
