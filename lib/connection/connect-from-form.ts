import { createApiClient, type ApiClient, type ApiClientOptions } from '../api/client';
import { ApiFailure } from '../api/errors';
import type { ThroughlineDb } from '../db/database';
import type { Connection } from '../db/meta';
import { connect } from './connect';
import { connectFailure, type ConnectFailure } from './failure-message';
import { readConnectionInput } from './input';
import { answersHttp } from './probe';
import { withSyncPaused } from '../sync/run';
import type { ConnectReply } from './connect-reply';

export type ConnectAttempt =
  | { ok: true; connection: Connection }
  | { ok: false; field: 'apiUrl' | 'token'; message: string }
  | { ok: false; failure: ConnectFailure };

export interface ConnectDeps {
  makeClient?: (options: ApiClientOptions) => ApiClient;
  fetch?: typeof fetch;
}

/** A person is waiting on the form: give up sooner than the worker's background calls do. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The Connect button: checks the input, then the server, and stores the connection only when both
 * pass. On any failure stored settings and data are exactly as they were.
 */
export async function connectFromForm(
  db: ThroughlineDb,
  apiUrlInput: string,
  tokenInput: string,
  deps: ConnectDeps = {},
): Promise<ConnectAttempt> {
  const input = readConnectionInput(apiUrlInput, tokenInput);
  if (!input.ok) return input;
  const makeClient = deps.makeClient ?? createApiClient;
  const api = makeClient({
    apiUrl: input.apiUrl,
    token: input.token,
    timeoutMs: CONNECT_TIMEOUT_MS,
    fetch: deps.fetch,
  });
  try {
    return { ok: true, connection: await connect(db, api, input.apiUrl, input.token) };
  } catch (error) {
    return {
      ok: false,
      failure: connectFailure(await explain(error, input.apiUrl, deps), input.apiUrl),
    };
  }
}

/** Tells "nothing there" from "a server that is not ours" when the browser cannot say which. */
async function explain(error: unknown, apiUrl: string, deps: ConnectDeps): Promise<unknown> {
  const refusedOrDown =
    error instanceof ApiFailure && error.kind === 'unreachable' && error.detail !== 'timed out';
  if (refusedOrDown && (await answersHttp(apiUrl, deps.fetch)))
    return new ApiFailure('not-throughline', 'answered without allowing cross-origin requests');
  return error;
}

/**
 * The worker's side of the Connect button: the whole attempt runs with no sync in flight, like
 * disconnect, reset and import. Connecting to another workspace empties the store; a pull still
 * running would otherwise write the old workspace's page, and its cursor, into it.
 */
export async function connectWithSyncPaused(
  db: ThroughlineDb,
  apiUrlInput: string,
  tokenInput: string,
  deps: ConnectDeps = {},
): Promise<ConnectReply> {
  const attempt = await withSyncPaused(() =>
    connectFromForm(db, apiUrlInput, tokenInput, deps),
  ).catch((error: unknown) => ({
    ok: false as const,
    failure: connectFailure(error, apiUrlInput),
  }));
  return attempt.ok ? { ok: true, workspaceName: attempt.connection.workspaceName } : attempt;
}
