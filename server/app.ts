import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import { requireToken } from './http/auth';
import { authThrottle, DEFAULT_AUTH_FAILURES_PER_MINUTE } from './http/auth-throttle';
import { bodyLimits, MAX_IMPORT_BODY_BYTES } from './http/body-limits';
import { clientAddress } from './http/client-address';
import { DEFAULT_IN_FLIGHT_PER_TOKEN, inFlightLimit } from './http/in-flight-limit';
import type { AppEnv } from './http/env';
import { ApiError, errorBody, type ErrorCode } from './http/errors';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, rateLimit } from './http/rate-limit';
import { contextFileParser, type ContextFileParser } from './import/parse-off-thread';
import { handleImport } from './routes/import';
import { handleMe } from './routes/me';
import { handleMutations } from './routes/mutations';
import { handleSync } from './routes/sync';
import { openApiDocument } from './openapi/document';
import type { Store } from './store/store';

/** Largest request body of any route (an import); each route's is in server/http/body-limits.ts. */
export const MAX_BODY_BYTES = MAX_IMPORT_BODY_BYTES;

export interface AppDeps {
  store: Store;
  /** Where unexpected errors are reported; the client only learns that one happened. */
  logError?: (error: unknown) => void;
  /** Requests per minute per token (server/http/rate-limit.ts); 0 for no limit. */
  rateLimitPerMinute?: number;
  /** Requests one token may have running at once (server/http/in-flight-limit.ts); 0: no limit. */
  inFlightPerToken?: number;
  /** Failed authentications per minute per client address (server/http/auth-throttle.ts); 0: off. */
  authFailuresPerMinute?: number;
  /** The client's address, which failed authentications count against; tests pass their own. */
  addressOf?: (c: Context) => string;
  /** How POST /v1/import reads files; default: worker threads with DEFAULT_PARSE_LIMITS. */
  parseContextFile?: ContextFileParser;
  /** The clock of the rate limit and the failed-authentication throttle, in ms (tests). */
  now?: () => number;
}

/** Hono's own 4xx exceptions, in the API's error vocabulary. */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** The context API v1 (DESIGN.md "Context API v1"), as a Hono app ready for any fetch server. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps;
  const logError = deps.logError ?? ((error: unknown) => console.error(error));
  const app = new Hono<AppEnv>();

  // First, so that preflights are answered before auth and every error carries CORS headers
  // (the extension reads the API cross-origin and must be able to read a 401).
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  app.get('/healthz', (c) => c.json({ ok: true }));

  // Authentication before the body is read: a request without a valid token is refused without
  // the server buffering up to 5 MB for it.
  app.use(
    '/v1/*',
    requireToken(store, {
      throttle: authThrottle(
        deps.authFailuresPerMinute ?? DEFAULT_AUTH_FAILURES_PER_MINUTE,
        deps.now,
      ),
      addressOf: deps.addressOf ?? clientAddress,
    }),
  );
  app.use(
    '/v1/*',
    rateLimit({
      perMinute: deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      now: deps.now,
    }),
  );
  app.use('/v1/*', inFlightLimit(deps.inFlightPerToken ?? DEFAULT_IN_FLIGHT_PER_TOKEN));
  app.use('/v1/*', bodyLimits());
  app.get('/v1/me', handleMe(store));
  app.get('/v1/sync', handleSync(store));
  app.post('/v1/mutations', handleMutations(store));
  app.post('/v1/import', handleImport(store, deps.parseContextFile ?? contextFileParser()));
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument()));

  app.notFound((c) =>
    c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    if (error instanceof HTTPException && error.status < 500)
      return c.json(
        errorBody(
          CODE_OF_STATUS[error.status] ?? 'invalid_input',
          error.message || 'Invalid request',
        ),
        error.status,
      );
    logError(error);
    return c.json(errorBody('internal', 'Internal server error'), 500);
  });
  return app;
}
