import type { ThroughlineDb } from '../db/database';
import { readMeta } from '../db/meta';
import { siblingsOf } from '../db/queries/siblings';
import { lookupTicket } from '../db/queries/ticket-lookup';
import type { SidebarState } from './state-schema';

/** Never includes the API token: the frame has no use for it. */
export async function sidebarStateFor(
  db: ThroughlineDb,
  ticketId: string,
  title?: string,
): Promise<SidebarState> {
  const [connection, status, lookup, rejection, pendingCount] = await Promise.all([
    readMeta(db, 'connection'),
    readMeta(db, 'syncStatus'),
    lookupTicket(db, ticketId, title),
    db.rejections.get(ticketId),
    db.outbox.count(),
  ]);
  const { context, inherited: inheritedIfUntagged, matched } = lookup;
  const refused = rejection?.mutation.type === 'link.set' ? rejection.mutation.args : undefined;
  const inherited = context ? null : inheritedIfUntagged;
  const intentId = context?.intent?.id ?? inherited?.intent?.id;
  const siblings = intentId ? { intentId, ...(await siblingsOf(db, ticketId, intentId)) } : null;
  const standalone = await readMeta(db, 'standalone');
  return {
    connection: connection
      ? { workspaceName: connection.workspaceName, userName: connection.userName }
      : null,
    status: status ?? null,
    context,
    inherited,
    matchedRules: matched,
    rejection: rejection
      ? {
          reason: rejection.reason,
          at: rejection.at,
          intentId: refused?.intentId,
          bucketId: refused?.bucketId,
        }
      : null,
    pendingCount,
    siblings,
    // Standalone mode counts as connected, to the imported file's workspace (lib/standalone/).
    ...(standalone && {
      connection: { workspaceName: standalone.workspaceName, userName: '' },
      mode: 'standalone' as const,
    }),
  };
}
