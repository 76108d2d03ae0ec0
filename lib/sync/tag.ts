import type { Link } from '../schema/entities';
import type { Mutation } from '../schema/mutations';
import type { StoredLink, ThroughlineDb } from '../db/database';
import { cleanText } from '../schema/safe-text';
import { dropSetAsideOf } from './set-aside';

export interface TagArgs {
  ticketId: string;
  intentId?: string;
  bucketId?: string;
  /** No intent fits this work (then no intentId or bucketId); `note` says why. */
  noFit?: true;
  note?: string;
  title?: string;
  url?: string;
}

/** The server's row, without local bookkeeping: what a rejected change rolls back to. */
function serverCopy(link: StoredLink | undefined): Link | null {
  if (!link) return null;
  if (link.pending) return link.base ?? null;
  const { pending: _pending, base: _base, ...row } = link;
  return row;
}

function newMutationId(): string {
  return crypto.randomUUID();
}

/**
 * Tags a ticket locally and queues the mutation, in one transaction: the sidebar shows the tag at
 * once (marked pending) and the outbox delivers it when the API can be reached.
 */
export async function setTag(
  db: ThroughlineDb,
  args: TagArgs,
  userName: string,
  now = new Date(),
): Promise<Mutation> {
  const mutation: Mutation = { id: newMutationId(), type: 'link.set', args: compactArgs(args) };
  const at = now.toISOString();
  await db.transaction('rw', [db.links, db.outbox, db.rejections], async () => {
    const current = await db.links.get(args.ticketId);
    const link: StoredLink = {
      ...compactArgs(args),
      id: args.ticketId,
      linkedBy: userName,
      linkedAt: at,
      version: current?.version ?? 0,
      updatedAt: at,
      pending: 'set',
      base: serverCopy(current),
    };
    await db.links.put(link);
    await dropSetAsideOf(db, args.ticketId);
    await db.outbox.add({ ticketId: args.ticketId, mutation, createdAt: at, attempts: 0 });
    await db.rejections.delete(args.ticketId);
  });
  return mutation;
}

/** Untags a ticket locally and queues the mutation; a ticket with no link has nothing to clear. */
export async function clearTag(
  db: ThroughlineDb,
  ticketId: string,
  now = new Date(),
): Promise<Mutation | null> {
  const mutation: Mutation = { id: newMutationId(), type: 'link.clear', args: { ticketId } };
  const at = now.toISOString();
  return db.transaction('rw', [db.links, db.outbox, db.rejections], async () => {
    await db.rejections.delete(ticketId);
    await dropSetAsideOf(db, ticketId);
    const current = await db.links.get(ticketId);
    if (!current) return null;
    await db.links.put({ ...current, pending: 'clear', base: serverCopy(current) });
    await db.outbox.add({ ticketId, mutation, createdAt: at, attempts: 0 });
    return mutation;
  });
}

/**
 * Drops empty fields, and cleans the title: it was read from the tracker's page, and one NUL in it
 * would make the server refuse the whole tag (issue 14).
 */
function compactArgs(args: TagArgs): TagArgs {
  const withTitle = args.title === undefined ? args : { ...args, title: cleanText(args.title) };
  return Object.fromEntries(
    Object.entries(withTitle).filter(([, value]) => value !== undefined && value !== ''),
  ) as unknown as TagArgs;
}
