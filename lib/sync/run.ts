import { createApiClient, type ApiClient } from '../api/client';
import { ApiFailure, describeFailure } from '../api/errors';
import type { ThroughlineDb } from '../db/database';
import { readMeta, updateSyncStatus } from '../db/meta';
import { pull, type PullResult } from './pull';

export type SyncOutcome =
  | { ok: true; result: PullResult }
  | { ok: false; error: string }
  | { ok: false; notConnected: true };

let running: Promise<SyncOutcome> | undefined;

/**
 * Runs one sync if none is running (a second caller joins the running one), and records the outcome
 * in the status row every surface reads live.
 */
export function syncOnce(db: ThroughlineDb, makeClient = createApiClient): Promise<SyncOutcome> {
  running ??= runSync(db, makeClient).finally(() => {
    running = undefined;
  });
  return running;
}

async function runSync(
  db: ThroughlineDb,
  makeClient: (options: { apiUrl: string; token: string }) => ApiClient,
): Promise<SyncOutcome> {
  const connection = await readMeta(db, 'connection');
  if (!connection) return { ok: false, notConnected: true };
  const api = makeClient({ apiUrl: connection.apiUrl, token: connection.token });
  await updateSyncStatus(db, { running: true, lastAttemptAt: new Date().toISOString() });
  try {
    const result = await pull(db, api);
    await updateSyncStatus(db, {
      running: false,
      lastSuccessAt: new Date().toISOString(),
      lastError: undefined,
      lastErrorKind: undefined,
      offline: false,
    });
    return { ok: true, result };
  } catch (error) {
    const message = describeFailure(error);
    await updateSyncStatus(db, {
      running: false,
      lastError: message,
      lastErrorKind: error instanceof ApiFailure ? error.kind : 'unknown',
      offline: error instanceof ApiFailure && error.kind === 'unreachable',
    });
    return { ok: false, error: message };
  }
}
