export const SYNC_ALARM = 'throughline-sync';
/** How often the worker pulls when nothing else asks it to. */
export const SYNC_PERIOD_MINUTES = 5;
