import { ApiFailure } from '../api/errors';
import type { ThroughlineDb } from '../db/database';
import { rollBack } from './settle';

/** Rounds a mutation may fail alone on the server, while the server works, before it is set aside. */
export const SET_ASIDE_AFTER = 3;

export interface Suspect {
  seq: number;
  reason: string;
}

/**
 * Thrown by push when mutations sent alone got 5xx. `progress` says other requests of the round
 * succeeded; run.ts also counts a successful pull as proof that the server itself works.
 */
export class MutationsFailingOnServer extends ApiFailure {
  constructor(
    readonly suspects: readonly Suspect[],
    readonly progress: boolean,
  ) {
    super('server-error', `${suspects[0]?.reason ?? 'HTTP 500'} (${suspects.length} queued)`);
  }
}

/**
 * Counts one more failing round for each suspect, and sets aside those that reached the limit: they
 * leave the push order (the rest of the outbox flows again), keep their reason, and wait for
 * someone to retry or discard them in the options page. A suspect that a later tag of the same
 * ticket supersedes is dropped instead: sending it would only be overwritten.
 */
export async function strikeSuspects(
  db: ThroughlineDb,
  suspects: readonly Suspect[],
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const { seq, reason } of suspects) {
      const entry = await db.outbox.get(seq);
      if (!entry) continue;
      const serverFailures = (entry.serverFailures ?? 0) + 1;
      if (serverFailures < SET_ASIDE_AFTER) {
        await db.outbox.update(seq, { serverFailures });
        continue;
      }
      const later = await db.outbox
        .where('ticketId')
        .equals(entry.ticketId)
        .filter((other) => other.seq! > seq)
        .count();
      if (later > 0) await db.outbox.delete(seq);
      else
        await db.outbox.update(seq, {
          serverFailures,
          setAside: { reason, at: now.toISOString() },
        });
    }
  });
}

/** Puts a set-aside mutation back in the push order, with a fresh count. */
export async function retrySetAside(db: ThroughlineDb, seq: number): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(seq);
    if (!entry?.setAside) return false;
    await db.outbox.put({ ...entry, setAside: undefined, serverFailures: 0 });
    return true;
  });
}

/** Gives a set-aside mutation up: the ticket goes back to what the server has. */
export async function discardSetAside(db: ThroughlineDb, seq: number): Promise<boolean> {
  return db.transaction('rw', [db.outbox, db.links], async () => {
    const entry = await db.outbox.get(seq);
    if (!entry?.setAside) return false;
    await db.outbox.delete(seq);
    if ((await db.outbox.where('ticketId').equals(entry.ticketId).count()) === 0)
      await rollBack(db, entry.ticketId);
    return true;
  });
}

/** A new tag or untag of the ticket supersedes what was set aside for it. */
export async function dropSetAsideOf(db: ThroughlineDb, ticketId: string): Promise<void> {
  await db.outbox
    .where('ticketId')
    .equals(ticketId)
    .filter((entry) => entry.setAside !== undefined)
    .delete();
}
