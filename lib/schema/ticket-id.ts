import { z } from 'zod';
import { TRACKERS, TRACKER_SYSTEMS, type TrackerSystem } from '../trackers/registry';
import { systemOfTicketId } from '../trackers/ticket-ids';

const FORMS = TRACKER_SYSTEMS.map((system) => TRACKERS[system].idForm).join(', ');

/** Why an id is not canonical, naming the tracker's own form when the tracker is known. */
function problemWith(id: string): string {
  const colon = id.indexOf(':');
  const scheme = colon > 0 ? id.slice(0, colon) : '';
  if (!(TRACKER_SYSTEMS as readonly string[]).includes(scheme)) {
    const named = /^[a-z][a-z0-9-]{0,31}$/.test(scheme)
      ? `Unknown tracker "${scheme}"`
      : 'No tracker';
    return `Not a canonical ticket id: ${named}; expected one of ${FORMS}`;
  }
  return `Not a canonical ticket id; expected ${TRACKERS[scheme as TrackerSystem].idForm}`;
}

/** A canonical ticket id of any registered tracker (DESIGN.md "Ticket ids"). */
export const TicketIdSchema = z
  .string()
  .max(300)
  .superRefine((id, context) => {
    if (systemOfTicketId(id) === null)
      context.addIssue({ code: 'custom', message: problemWith(id) });
  });
export type TicketId = z.infer<typeof TicketIdSchema>;

/** One of the registered trackers, by name: `jira`, `linear`, `github`, `gitlab`. */
export const TrackerSystemSchema = z.enum(TRACKER_SYSTEMS);
