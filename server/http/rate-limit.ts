import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { ApiError } from './errors';

/** Requests per minute per token: a client bootstrapping 100k links needs ~110 requests. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

export interface RateLimitOptions {
  /** Sustained requests per minute per token, also the burst allowed; 0 turns the limit off. */
  perMinute: number;
  /** The clock, in ms; tests pass their own. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Above this many tracked tokens, full buckets (idle tokens) are forgotten. */
const MAX_TRACKED = 10_000;

/**
 * A token bucket per API token, in this process's memory: each token may burst `perMinute`
 * requests and then `perMinute / 60` per second. It protects the server from a runaway client,
 * not from an attacker (several processes each allow the full rate). Runs after authentication,
 * so unauthenticated requests get their 401 and never fill a bucket.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const { perMinute } = options;
  const now = options.now ?? Date.now;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  function take(key: string): number {
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: perMinute, at };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (at - bucket.at) * perMs);
    bucket.at = at;
    buckets.set(key, bucket);
    if (buckets.size > MAX_TRACKED) forgetIdle(at);
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / perMs / 1000);
    bucket.tokens -= 1;
    return 0;
  }

  function forgetIdle(at: number): void {
    for (const [key, bucket] of buckets)
      if (bucket.tokens + (at - bucket.at) * perMs >= perMinute) buckets.delete(key);
  }

  return async (c, next) => {
    if (perMinute <= 0) return next();
    const waitSeconds = take(c.get('user').tokenId);
    if (waitSeconds > 0) {
      c.header('Retry-After', String(waitSeconds));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many requests with this token; retry in ${waitSeconds} s`,
      );
    }
    await next();
  };
}
