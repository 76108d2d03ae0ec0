import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { ApiError } from './errors';

/**
 * Requests one token may have in flight at once. The extension sends one at a time; each request
 * may buffer a body of megabytes, so without a bound one token could hold the server's memory
 * with a thousand slow uploads inside its rate limit.
 */
export const DEFAULT_IN_FLIGHT_PER_TOKEN = 8;

/** Answers 429 (Retry-After: 1) to a token's request while `max` of its requests are running. */
export function inFlightLimit(max: number): MiddlewareHandler<AppEnv> {
  const running = new Map<string, number>();
  return async (c, next) => {
    if (max <= 0) return next();
    const tokenId = c.get('user').tokenId;
    const count = running.get(tokenId) ?? 0;
    if (count >= max) {
      c.header('Retry-After', '1');
      throw new ApiError(
        429,
        'rate_limited',
        `At most ${max} requests at once per token; retry when one has been answered`,
      );
    }
    running.set(tokenId, count + 1);
    try {
      await next();
    } finally {
      const left = (running.get(tokenId) ?? 1) - 1;
      if (left === 0) running.delete(tokenId);
      else running.set(tokenId, left);
    }
  };
}
