import type { ApiClient } from '../api/client';
import { ApiFailure } from '../api/errors';
import type { OutboxEntry, ThroughlineDb } from '../db/database';
import type { MutationResult } from '../schema/mutations';

export interface PushResult {
  sent: number;
  applied: number;
  rejected: number;
}

const BATCH = 100;

/**
 * Sends the outbox in order, a batch at a time. Each mutation keeps the id it was queued with, so
 * a batch resent after a crash or a lost answer comes back `duplicate` and is applied once.
 */
export async function push(
  db: ThroughlineDb,
  api: ApiClient,
  clientId: string,
): Promise<PushResult> {
  const result: PushResult = { sent: 0, applied: 0, rejected: 0 };
  for (;;) {
    const batch = await db.outbox.orderBy('seq').limit(BATCH).toArray();
    if (batch.length === 0) return result;
    await db.outbox.bulkUpdate(
      batch.map((entry) => ({ key: entry.seq!, changes: { attempts: entry.attempts + 1 } })),
    );
    const results = await send(api, clientId, batch);
    await settle(db, batch, results);
    result.sent += batch.length;
    result.applied += results.filter((r) => r.status !== 'rejected').length;
    result.rejected += results.filter((r) => r.status === 'rejected').length;
  }
}

async function send(
  api: ApiClient,
  clientId: string,
  batch: OutboxEntry[],
): Promise<MutationResult[]> {
  try {
    return await api.mutations({ clientId, mutations: batch.map((entry) => entry.mutation) });
  } catch (error) {
    // A 400 means the server will never accept this batch as it is: refuse each mutation with the
    // server's reason rather than retry forever. Anything else (network, 5xx, 401) is retried.
    if (error instanceof ApiFailure && error.kind === 'invalid-request')
      return batch.map((entry) => ({
        id: entry.mutation.id,
        status: 'rejected',
        error: error.detail ?? error.message,
      }));
    throw error;
  }
}

/** Applies the server's answers: confirmed entries leave the outbox, refused ones roll back. */
async function settle(
  db: ThroughlineDb,
  batch: OutboxEntry[],
  results: MutationResult[],
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

async function rollBack(db: ThroughlineDb, ticketId: string): Promise<void> {
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
