import type { OutboxEntry, ThroughlineDb } from '../db/database';
import type { MutationResult } from '../schema/mutations';

/** Applies the server's answers: confirmed entries leave the outbox, refused ones roll back. */
export async function settle(
  db: ThroughlineDb,
  batch: readonly OutboxEntry[],
  results: readonly MutationResult[],
): Promise<void> {
  const byId = new Map(results.map((r) => [r.id, r]));
  await db.transaction('rw', [db.links, db.outbox, db.rejections], async () => {
    for (const entry of batch) {
      const answer = byId.get(entry.mutation.id);
      if (!answer) continue; // not answered: stays queued and is resent
      await db.outbox.delete(entry.seq!);
      const stillQueued = (await db.outbox.where('ticketId').equals(entry.ticketId).count()) > 0;
      if (answer.status === 'rejected') {
        await db.rejections.put({
          ticketId: entry.ticketId,
          mutation: entry.mutation,
          reason: answer.error ?? 'The context API refused this change.',
          at: new Date().toISOString(),
        });
        if (!stillQueued) await rollBack(db, entry.ticketId);
      } else if (!stillQueued) {
        await confirm(db, entry);
      }
    }
  });
}

/** Back to the server's row (or to no link, when the server had none). */
export async function rollBack(db: ThroughlineDb, ticketId: string): Promise<void> {
  const link = await db.links.get(ticketId);
  if (!link?.pending) return;
  if (link.base) await db.links.put(link.base);
  else await db.links.delete(ticketId);
}

/** The server has it; the authoritative row (its version, who, when) arrives with the next pull. */
async function confirm(db: ThroughlineDb, entry: OutboxEntry): Promise<void> {
  if (entry.mutation.type === 'link.clear') {
    await db.links.delete(entry.ticketId);
    return;
  }
  const link = await db.links.get(entry.ticketId);
  if (!link) return;
  const { pending: _pending, base: _base, ...row } = link;
  await db.links.put(row);
}
