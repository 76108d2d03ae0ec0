import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { contextFor } from '../../lib/db/context';
import { detectTicket } from '../../lib/detect';
import { useDb } from '../shared/useDb';

/** The active tab's ticket and its context, or a line saying there is none. */
export function CurrentTicket() {
  const db = useDb();
  const [tabUrl, setTabUrl] = useState<string | undefined>();
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabUrl(tab?.url ?? ''));
  }, []);
  const ticket = tabUrl ? detectTicket(tabUrl) : null;
  const context = useLiveQuery(
    () => (ticket ? contextFor(db, ticket.id) : Promise.resolve(null)),
    [db, ticket?.id],
  );

  return (
    <section className="current" aria-label="This tab">
      <h2>This tab</h2>
      {!ticket ? (
        <p className="muted">{tabUrl === undefined ? '…' : 'No ticket on this tab.'}</p>
      ) : (
        <>
          <p className="ticket-line">
            <strong>{ticket.key}</strong>
          </p>
          {context === undefined ? null : context ? (
            <p>
              {context.intent?.title ?? 'No intent'}
              {context.goal && <span className="muted"> · {context.goal.title}</span>}
              {context.bucket && <span className="muted"> · {context.bucket.name}</span>}
            </p>
          ) : (
            <p className="muted">Not linked yet.</p>
          )}
        </>
      )}
    </section>
  );
}
