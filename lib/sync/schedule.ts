export const SYNC_ALARM = 'throughline-sync';
/** One-shot alarm for the next attempt after a failure (see backoff.ts). */
export const RETRY_ALARM = 'throughline-retry';
/** How often the worker pulls when nothing else asks it to. */
export const SYNC_PERIOD_MINUTES = 5;
