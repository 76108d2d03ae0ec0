import { createApiClient, type ApiClient } from '../api/client';
import { ApiFailure, describeFailure } from '../api/errors';
import type { ThroughlineDb } from '../db/database';
import { readMeta, updateSyncStatus, writeMeta } from '../db/meta';
import { pull, type PullResult } from './pull';
import { push, type PushResult } from './push';

export type SyncOutcome =
  | { ok: true; pushed: PushResult; pulled: PullResult }
  | { ok: false; error: string; failures: number }
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
  try {
    const pushed = await push(db, api, await clientIdOf(db));
    const pulled = await pull(db, api);
    await updateSyncStatus(db, {
      running: false,
      lastSuccessAt: new Date().toISOString(),
      lastError: undefined,
      lastErrorKind: undefined,
      offline: false,
      failures: 0,
    });
    return { ok: true, pushed, pulled };
  } catch (error) {
    const failures = ((await readMeta(db, 'syncStatus'))?.failures ?? 0) + 1;
    const message = describeFailure(error);
    await updateSyncStatus(db, {
      running: false,
      lastError: message,
      lastErrorKind: error instanceof ApiFailure ? error.kind : 'unknown',
      offline: error instanceof ApiFailure && error.kind === 'unreachable',
      failures,
    });
    return { ok: false, error: message, failures };
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
