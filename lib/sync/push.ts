import type { ApiClient } from '../api/client';
import { ApiFailure } from '../api/errors';
import type { OutboxEntry, ThroughlineDb } from '../db/database';
import type { MutationResult } from '../schema/mutations';
import { MutationsFailingOnServer, type Suspect } from './set-aside';
import { settle } from './settle';

export interface PushResult {
  sent: number;
  applied: number;
  rejected: number;
}

const BATCH = 100;
/**
 * 5xx answers in a row, with no success between, after which a round stops: the server is down
 * rather than one mutation bad. Enough to bisect a batch of 100 down to the one that fails.
 */
const SERVER_FAILURES_IN_A_ROW = 9;

interface Round {
  result: PushResult;
  /** Tickets with a mutation left unsettled this round: their later mutations wait, in order. */
  blocked: Set<string>;
  suspects: Suspect[];
  serverFailuresInARow: number;
  /** Some request of this round succeeded: the server and the request shape are fine. */
  progress: boolean;
}

/**
 * Sends the outbox in order, a batch at a time. Each mutation keeps the id it was queued with, so
 * a batch resent after a crash or a lost answer comes back `duplicate` and is applied once.
 *
 * A batch the server refuses as a whole (400) or fails on (5xx) is split in halves until the bad
 * mutation stands alone: a 400 then refuses it, a 5xx makes it a suspect that run.ts sets aside
 * after a few rounds; the others go through. Network failures, 401/403 and 429 stop the round with
 * nothing refused or rolled back.
 */
export async function push(
  db: ThroughlineDb,
  api: ApiClient,
  clientId: string,
): Promise<PushResult> {
  const round: Round = {
    result: { sent: 0, applied: 0, rejected: 0 },
    blocked: new Set(),
    suspects: [],
    serverFailuresInARow: 0,
    progress: false,
  };
  for (;;) {
    const batch = await db.outbox
      .orderBy('seq')
      .filter((entry) => !entry.setAside && !round.blocked.has(entry.ticketId))
      .limit(BATCH)
      .toArray();
    if (batch.length === 0) break;
    await sendGroup(db, api, clientId, batch, round);
  }
  if (round.suspects.length > 0) throw new MutationsFailingOnServer(round.suspects, round.progress);
  return round.result;
}

async function sendGroup(
  db: ThroughlineDb,
  api: ApiClient,
  clientId: string,
  candidates: readonly OutboxEntry[],
  round: Round,
): Promise<void> {
  // An earlier half may have left a ticket unsettled; its later mutations must not overtake it.
  const group = candidates.filter((entry) => !round.blocked.has(entry.ticketId));
  if (group.length === 0) return;
  await db.outbox.bulkUpdate(
    group.map((entry) => ({ key: entry.seq!, changes: { attempts: entry.attempts + 1 } })),
  );
  let results: MutationResult[];
  try {
    results = await api.mutations({ clientId, mutations: group.map((entry) => entry.mutation) });
  } catch (error) {
    await onFailure(db, api, clientId, group, round, error);
    return;
  }
  round.serverFailuresInARow = 0;
  const sentIds = new Set(group.map((entry) => entry.mutation.id));
  const answered = results.filter((result) => sentIds.has(result.id));
  // A 200 that settles nothing would otherwise resend the same batch in a tight loop.
  if (answered.length === 0)
    throw new ApiFailure(
      'server-error',
      'the API answered without settling any change it was sent',
    );
  round.progress = true;
  await settle(db, group, answered);
  const answeredIds = new Set(answered.map((result) => result.id));
  for (const entry of group)
    if (!answeredIds.has(entry.mutation.id)) round.blocked.add(entry.ticketId);
  round.result.sent += answered.length;
  round.result.rejected += answered.filter((r) => r.status === 'rejected').length;
  round.result.applied += answered.filter((r) => r.status !== 'rejected').length;
}

async function onFailure(
  db: ThroughlineDb,
  api: ApiClient,
  clientId: string,
  group: OutboxEntry[],
  round: Round,
  error: unknown,
): Promise<void> {
  if (!(error instanceof ApiFailure)) throw error;
  if (error.kind !== 'invalid-request' && error.kind !== 'server-error') throw error;
  const reason = error.detail ?? error.message;
  if (error.kind === 'server-error' && ++round.serverFailuresInARow >= SERVER_FAILURES_IN_A_ROW)
    throw error;
  if (error.kind === 'invalid-request') {
    const named = namedMutations(reason, group.length);
    if (named.size > 0) {
      await refuse(
        db,
        group.filter((_, index) => named.has(index)),
        reason,
        round,
      );
      return sendGroup(
        db,
        api,
        clientId,
        group.filter((_, index) => !named.has(index)),
        round,
      );
    }
  }
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    await sendGroup(db, api, clientId, group.slice(0, half), round);
    await sendGroup(db, api, clientId, group.slice(half), round);
    return;
  }
  // One mutation alone, refused without being named: refused for itself only if the server took
  // other requests this round (else the request itself may be the problem, so it is retried).
  if (error.kind === 'invalid-request' && round.progress) return refuse(db, group, reason, round);
  round.suspects.push({ seq: group[0]!.seq!, reason });
  round.blocked.add(group[0]!.ticketId);
}

/** Indexes of the mutations a 400's message names, as `mutations[3]` or `mutations.3`. */
export function namedMutations(message: string, count: number): Set<number> {
  const named = new Set<number>();
  for (const match of message.matchAll(/mutations(?:\[(\d+)\]|\.(\d+))/g)) {
    const index = Number(match[1] ?? match[2]);
    if (index < count) named.add(index);
  }
  return named;
}

async function refuse(
  db: ThroughlineDb,
  entries: OutboxEntry[],
  reason: string,
  round: Round,
): Promise<void> {
  await settle(
    db,
    entries,
    entries.map((entry) => ({ id: entry.mutation.id, status: 'rejected', error: reason })),
  );
  round.result.sent += entries.length;
  round.result.rejected += entries.length;
}
