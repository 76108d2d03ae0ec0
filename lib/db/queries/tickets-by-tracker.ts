import { z } from 'zod';
import { TrackerSystemSchema } from '../../schema/ticket-id';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../../trackers/registry';

/**
 * Tagged tickets grouped by tracker: each group's full count and only its first few rows, so an
 * intent with thousands of tickets costs a handful of index reads and a small message, never the
 * whole list. A zod schema because the worker sends it to the sidebar frame, which checks it.
 */
export const LinkedTicketSchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string().optional(),
  linkedBy: z.string().optional(),
  linkedAt: z.string(),
  /** Where the ticket opens: the link's own http(s) URL, else one built from its id. */
  url: z.string().optional(),
  /** Tagged here and not yet confirmed by the context API. */
  pending: z.boolean(),
});
export type LinkedTicket = z.infer<typeof LinkedTicketSchema>;

export const TrackerGroupSchema = z.object({
  system: TrackerSystemSchema,
  /** Every ticket of this tracker, including those not in `tickets`. */
  count: z.number().int().nonnegative(),
  tickets: z.array(LinkedTicketSchema),
});
export type TrackerGroup = z.infer<typeof TrackerGroupSchema>;

export const TicketsByTrackerSchema = z.object({
  total: z.number().int().nonnegative(),
  /** In TRACKER_SYSTEMS order; trackers with no ticket are left out. */
  groups: z.array(TrackerGroupSchema),
});
export type TicketsByTracker = z.infer<typeof TicketsByTrackerSchema>;

export type CountsByTracker = Record<TrackerSystem, number>;

export function noCounts(): CountsByTracker {
  return Object.fromEntries(TRACKER_SYSTEMS.map((system) => [system, 0])) as CountsByTracker;
}
