/** Chrome does not fire alarms sooner than 30 s; backoff starts there and doubles. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 15 * 60_000;

/**
 * Delay before the next attempt after `failures` consecutive failures, with ±20 % jitter so that
 * many clients do not retry in step after an outage.
 */
export function retryDelayMs(failures: number, random = Math.random): number {
  const exponent = Math.max(0, Math.min(failures - 1, 10));
  const base = Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The next attempt after a failure: the backoff, or later when the server asked for more. */
export function nextAttemptDelayMs(
  failures: number,
  retryAfterMs?: number,
  random = Math.random,
): number {
  return Math.max(retryDelayMs(failures, random), retryAfterMs ?? 0);
}
