import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requireToken } from './http/auth';
import type { AppEnv } from './http/env';
import { ApiError, errorBody } from './http/errors';
import { handleImport } from './routes/import';
import { handleMe } from './routes/me';
import { handleMutations } from './routes/mutations';
import { handleSync } from './routes/sync';
import { openApiDocument } from './openapi';
import type { Store } from './store/store';

/** Largest request body; the context-file parser has the same limit. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppDeps {
  store: Store;
  /** Where unexpected errors are reported; the client only learns that one happened. */
  logError?: (error: unknown) => void;
}

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
      maxAge: 600,
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', 'The request body is larger than 5 MB');
      },
    }),
  );

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.use('/v1/*', requireToken(store));
  app.get('/v1/me', handleMe(store));
  app.get('/v1/sync', handleSync(store));
  app.post('/v1/mutations', handleMutations(store));
  app.post('/v1/import', handleImport(store));
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument()));

  app.notFound((c) =>
    c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    if (error instanceof HTTPException && error.status < 500)
      return c.json(errorBody('invalid_input', error.message || 'Invalid request'), error.status);
    logError(error);
    return c.json(errorBody('internal', 'Internal server error'), 500);
  });
  return app;
}
