import { keyOfTicketId, urlOfTicketId } from '../trackers/ticket-ids';

const HTTP_URL = /^https?:\/\//i;

/** `PAY-42`, `ENG-7`, `acme/app#42`, `acme/web/app!17` from a canonical id (its tracker reads it). */
export const ticketKey = keyOfTicketId;

/**
 * Where a ticket lives: the link's own URL when it is http(s), else one built from the canonical
 * id by its tracker (DESIGN.md "Ticket ids"). Hosts are assumed to serve https; a self-hosted Jira
 * under a context path (`/jira/browse/…`) is only reachable through a stored URL. Undefined when
 * neither works.
 */
export function ticketUrl(ticketId: string, stored?: string): string | undefined {
  if (stored && HTTP_URL.test(stored) && URL.canParse(stored)) return stored;
  return urlOfTicketId(ticketId);
}

/** Only http(s) URLs may be opened from the popup; anything else (javascript:, data:) is dropped. */
export function isOpenableUrl(url: string | undefined): url is string {
  return typeof url === 'string' && HTTP_URL.test(url) && URL.canParse(url);
}
