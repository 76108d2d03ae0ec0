import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/store';
import { verifyToken } from '../tokens';
import type { AuthThrottle } from './auth-throttle';
import type { AppEnv } from './env';
import { ApiError } from './errors';

const BEARER = /^Bearer +([\x21-\x7e]{1,512})$/i;

export interface RequireTokenOptions {
  throttle: AuthThrottle;
  addressOf: (c: Context) => string;
}

/**
 * Lets a request through only with a live `Authorization: Bearer <token>`; sets `user`. Every
 * 401 counts against the client's address, and an address with too many is refused 429 first.
 */
export function requireToken(
  store: Store,
  options: RequireTokenOptions,
): MiddlewareHandler<AppEnv> {
  const { throttle, addressOf } = options;
  return async (c, next) => {
    const address = addressOf(c);
    throttle.check(c, address);
    const refuse = (message: string) => {
      throttle.fail(address);
      return new ApiError(401, 'unauthorized', message);
    };
    const header = c.req.header('Authorization');
    if (header === undefined) throw refuse('Send the API token as "Authorization: Bearer <token>"');
    const token = BEARER.exec(header.trim())?.[1];
    const user = token === undefined ? null : await verifyToken(store, token);
    if (user === null) throw refuse('The API token is unknown or revoked');
    c.set('user', user);
    await next();
  };
}
