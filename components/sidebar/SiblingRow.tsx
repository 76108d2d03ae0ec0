import { i18n } from '#i18n';
import type { LinkedTicket } from '../../lib/db/queries/tickets-by-tracker';
import { SafeLink } from '../shared/SafeLink';
import './sibling-row.css';

/** One ticket on the same intent: its key (the title when it has none), who tagged it, a link. */
export function SiblingRow({ ticket }: { ticket: LinkedTicket }) {
  const by = taggedBy(ticket.linkedBy);
  return (
    <li className="sibling">
      <SafeLink href={ticket.url}>
        <span className="sibling-key">{ticket.key}</span>
        {ticket.title && <span className="sibling-title">{ticket.title}</span>}
      </SafeLink>
      {(by || ticket.pending) && (
        <span className="sibling-by muted">
          {[by, ticket.pending && i18n.t('sidebar.notSynced')].filter(Boolean).join(' · ')}
        </span>
      )}
    </li>
  );
}

/** `import` is what the server records for links that came from the context file. */
function taggedBy(linkedBy: string | undefined): string | undefined {
  if (!linkedBy) return undefined;
  return linkedBy === 'import'
    ? i18n.t('sidebar.fromContextFile')
    : i18n.t('sidebar.taggedBy', [linkedBy]);
}
