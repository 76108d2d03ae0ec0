import { createApiClient, type ApiClient } from '../api/client';
import { ApiFailure, describeFailure } from '../api/errors';
import type { ThroughlineDb } from '../db/database';
import { readMeta, updateSyncStatus, writeMeta } from '../db/meta';
import { pull, type PullResult } from './pull';
import { push, type PushResult } from './push';
import { MutationsFailingOnServer, strikeSuspects } from './set-aside';

export type SyncOutcome =
  | { ok: true; pushed: PushResult; pulled: PullResult }
  | { ok: false; error: string; failures: number; retryAfterMs?: number }
  | { ok: false; notConnected: true };

type MakeClient = (options: { apiUrl: string; token: string }) => ApiClient;

let running: Promise<SyncOutcome> | undefined;
let requestedAgain = false;
/** Settles when no local-data task (disconnect, reset, import) is running; see withSyncPaused. */
let paused: Promise<unknown> = Promise.resolve();

/**
 * Runs one sync (push the outbox, then pull) unless one is running. A caller arriving meanwhile
 * joins it, and one more run follows so that a tag made during a pull is not left waiting.
 */
export function syncOnce(
  db: ThroughlineDb,
  makeClient: MakeClient = createApiClient,
): Promise<SyncOutcome> {
  if (running) {
    requestedAgain = true;
    return running;
  }
  running = (async () => {
    let outcome: SyncOutcome;
    do {
      requestedAgain = false;
      await paused; // a disconnect, reset or import in progress goes first (withSyncPaused)
      outcome = await runSync(db, makeClient);
    } while (requestedAgain && outcome.ok);
    return outcome;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

async function clientIdOf(db: ThroughlineDb): Promise<string> {
  const existing = await readMeta(db, 'clientId');
  if (existing) return existing;
  const created = crypto.randomUUID();
  await writeMeta(db, 'clientId', created);
  return created;
}

async function runSync(db: ThroughlineDb, makeClient: MakeClient): Promise<SyncOutcome> {
  const connection = await readMeta(db, 'connection');
  if (!connection) return { ok: false, notConnected: true };
  const api = makeClient({ apiUrl: connection.apiUrl, token: connection.token });
  await updateSyncStatus(db, { running: true, lastAttemptAt: new Date().toISOString() });
  // Push and pull fail apart: a change the server keeps refusing must not stop news arriving.
  const pushed = await attempt(async () => push(db, api, await clientIdOf(db)));
  const rateLimited =
    !pushed.ok && pushed.error instanceof ApiFailure && pushed.error.kind === 'rate-limited';
  const pulled = rateLimited ? pushed : await attempt(() => pull(db, api));
  if (!pushed.ok && pushed.error instanceof MutationsFailingOnServer)
    if (pushed.error.progress || pulled.ok) await strikeSuspects(db, pushed.error.suspects);
  if (pushed.ok && pulled.ok) {
    await updateSyncStatus(db, {
      running: false,
      lastSuccessAt: new Date().toISOString(),
      lastError: undefined,
      lastErrorKind: undefined,
      offline: false,
      failures: 0,
    });
    return { ok: true, pushed: pushed.value, pulled: pulled.value };
  }
  const error = pushed.ok ? (pulled as Failed).error : pushed.error;
  const failures = ((await readMeta(db, 'syncStatus'))?.failures ?? 0) + 1;
  const message = describeFailure(error);
  await updateSyncStatus(db, {
    running: false,
    lastError: message,
    lastErrorKind: error instanceof ApiFailure ? error.kind : 'unknown',
    offline: error instanceof ApiFailure && error.kind === 'unreachable',
    failures,
  });
  const retryAfterMs = error instanceof ApiFailure ? error.retryAfterMs : undefined;
  return {
    ok: false,
    error: message,
    failures,
    ...(retryAfterMs !== undefined && { retryAfterMs }),
  };
}

interface Failed {
  ok: false;
  error: unknown;
}
type Attempt<T> = { ok: true; value: T } | Failed;

async function attempt<T>(task: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await task() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Runs a task that rewrites local data (disconnect, reset, standalone import) with no sync in
 * flight: it waits for a running sync to finish, and syncs asked for meanwhile wait for it. A pull
 * interleaved with a reset would otherwise write a page, and its cursor, into the emptied store.
 */
export function withSyncPaused<T>(task: () => Promise<T>): Promise<T> {
  const before = Promise.all([paused, running]).catch(() => undefined);
  const result = before.then(task);
  paused = result.catch(() => undefined);
  return result;
}
