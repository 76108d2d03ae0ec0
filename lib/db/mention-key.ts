import { keyOfTicketId } from '../trackers/ticket-ids';

/**
 * A linked ticket's key as titles name it, lowercase: `pay-42`, `eng-7`, `acme/app#42`,
 * `acme/web/app!17`. Indexed (schema v5) so that a title's mention finds its ticket on any host.
 */
export function mentionKeyOf(ticketId: string): string {
  return keyOfTicketId(ticketId).toLowerCase();
}
