import type { TicketSummary } from './ticket-summary';

/**
 * What the worker sends a content script when summaries it watches change (tabs.sendMessage). No
 * zod: the content script checks the shape by hand (`parseTicketSummary`).
 */
export const SUMMARIES_CHANGED = 'summaries.changed';

/** A summary on a ticket page; marks beside ticket links on boards and lists. */
export type WatchKind = 'summary' | 'marks';

export interface SummariesChanged {
  throughline: 1;
  name: typeof SUMMARIES_CHANGED;
  payload: { kind: WatchKind; summaries: TicketSummary[] };
}
