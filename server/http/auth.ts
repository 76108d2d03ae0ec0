import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/store';
import { verifyToken } from '../tokens';
import type { AppEnv } from './env';
import { ApiError } from './errors';

const BEARER = /^Bearer +([\x21-\x7e]{1,512})$/i;

/** Lets a request through only with a live `Authorization: Bearer <token>`; sets `user`. */
export function requireToken(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    if (header === undefined)
      throw new ApiError(
        401,
        'unauthorized',
        'Send the API token as "Authorization: Bearer <token>"',
      );
    const token = BEARER.exec(header.trim())?.[1];
    const user = token === undefined ? null : await verifyToken(store, token);
    if (user === null)
      throw new ApiError(401, 'unauthorized', 'The API token is unknown or revoked');
    c.set('user', user);
    await next();
  };
}
