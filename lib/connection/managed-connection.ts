import { createApiClient, type ApiClient, type ApiClientOptions } from '../api/client';
import { ApiFailure, describeFailure } from '../api/errors';
import type { ThroughlineDb } from '../db/database';
import { readMeta, updateSyncStatus } from '../db/meta';
import { isFullyManaged, type ManagedPolicy } from '../settings/managed-policy';
import { withSyncPaused } from '../sync/run';
import { connect } from './connect';

export type ManagedOutcome = 'not-managed' | 'current' | 'connected' | 'failed';

/**
 * For the worker: when browser policy sets both the API URL and token, make the stored connection
 * match them, checking /v1/me like the Connect button does. Cheap when it already matches, so the
 * worker calls it before every sync; a failure is recorded as the sync status (the options page
 * and sidebar show it) and retried with the next sync.
 */
export async function applyManagedConnection(
  db: ThroughlineDb,
  policy: ManagedPolicy,
  makeClient: (options: ApiClientOptions) => ApiClient = createApiClient,
): Promise<ManagedOutcome> {
  if (!isFullyManaged(policy)) return 'not-managed';
  const apiUrl = policy.apiUrl!;
  const token = policy.apiToken!;
  const current = await readMeta(db, 'connection');
  if (current?.apiUrl === apiUrl && current.token === token) return 'current';
  try {
    // Another workspace replaces the local data: not while a sync writes into it.
    await withSyncPaused(() => connect(db, makeClient({ apiUrl, token }), apiUrl, token));
    return 'connected';
  } catch (error) {
    await updateSyncStatus(db, {
      running: false,
      lastAttemptAt: new Date().toISOString(),
      lastError: `Your organisation's policy sets the context API, but connecting failed: ${describeFailure(error)}`,
      lastErrorKind: error instanceof ApiFailure ? error.kind : 'unknown',
      offline: error instanceof ApiFailure && error.kind === 'unreachable',
    });
    return 'failed';
  }
}
