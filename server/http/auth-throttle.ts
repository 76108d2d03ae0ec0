import type { Context } from 'hono';
import { ApiError } from './errors';

/** Failed authentications per minute one address may make before it is answered 429. */
export const DEFAULT_AUTH_FAILURES_PER_MINUTE = 20;
/** Above this many tracked addresses, idle ones go first, then the longest-tracked. */
const MAX_TRACKED = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export interface AuthThrottle {
  /** Throws 429 (with Retry-After) when `address` has used up its failures; checked first. */
  check(c: Context, address: string): void;
  /** Counts a 401 against `address`. */
  fail(address: string): void;
}

/**
 * A token bucket of failed authentications per client address, in this process's memory: an
 * address may fail `perMinute` times at once, then `perMinute / 60` times a second. An address
 * over it is answered 429 before its token is even hashed, so guessing tokens costs the server
 * next to nothing and the guesser a minute per 20 tries. Valid tokens never touch a bucket.
 */
export function authThrottle(perMinute: number, now: () => number = Date.now): AuthThrottle {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  function refill(address: string, at: number): Bucket {
    const bucket = buckets.get(address) ?? { tokens: perMinute, at };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (at - bucket.at) * perMs);
    bucket.at = at;
    return bucket;
  }

  function forget(at: number): void {
    for (const [address, bucket] of buckets)
      if (bucket.tokens + (at - bucket.at) * perMs >= perMinute) buckets.delete(address);
    // Still too many (failures from very many addresses): drop the longest-tracked.
    for (const address of buckets.keys()) {
      if (buckets.size <= MAX_TRACKED) break;
      buckets.delete(address);
    }
  }

  return {
    check(c, address) {
      if (perMinute <= 0 || !buckets.has(address)) return;
      const bucket = refill(address, now());
      if (bucket.tokens >= 1) return;
      const waitSeconds = Math.ceil((1 - bucket.tokens) / perMs / 1000);
      c.header('Retry-After', String(waitSeconds));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many failed authentications from this address; retry in ${waitSeconds} s`,
      );
    },
    fail(address) {
      if (perMinute <= 0) return;
      const at = now();
      const bucket = refill(address, at);
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      buckets.delete(address); // re-inserted last: the Map's order is least recently failed first
      buckets.set(address, bucket);
      if (buckets.size > MAX_TRACKED) forget(at);
    },
  };
}
