import type { ThroughlineDb } from '../db/database';
import type { TagArgs } from '../sync/tag';

/**
 * Tagging in standalone mode. With no server there is nothing to send, so the link is written
 * as final (no `pending`, no outbox entry): the sidebar shows it as saved, not "waiting to be
 * sent", and an export includes it. Versions still increase so that live queries see a change.
 */
export async function setLocalTag(
  db: ThroughlineDb,
  args: TagArgs,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.links, async () => {
    const current = await db.links.get(args.ticketId);
    const fields = Object.fromEntries(
      Object.entries(args).filter(([, value]) => value !== undefined && value !== ''),
    ) as TagArgs;
    await db.links.put({
      ...fields,
      id: args.ticketId,
      // Reads "Tagged by you" in the sidebar; there is no account without a server.
      linkedBy: 'you',
      linkedAt: at,
      version: (current?.version ?? 0) + 1,
      updatedAt: at,
    });
  });
}

export async function clearLocalTag(db: ThroughlineDb, ticketId: string): Promise<void> {
  await db.links.delete(ticketId);
}
