import { z } from 'zod';
import { TRACKERS, TRACKER_SYSTEMS } from '../trackers/registry';
import { systemOfTicketId } from '../trackers/ticket-ids';

const FORMS = TRACKER_SYSTEMS.map((system) => TRACKERS[system].idForm).join(', ');

/** A canonical ticket id of any registered tracker (DESIGN.md "Ticket ids"). */
export const TicketIdSchema = z
  .string()
  .max(300)
  .refine((id) => systemOfTicketId(id) !== null, {
    message: `Not a canonical ticket id; expected one of ${FORMS}`,
  });
export type TicketId = z.infer<typeof TicketIdSchema>;

/** One of the registered trackers, by name: `jira`, `linear`, `github`, `gitlab`. */
export const TrackerSystemSchema = z.enum(TRACKER_SYSTEMS);
