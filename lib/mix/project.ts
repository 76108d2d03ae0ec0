import { systemOfTicketId, type TrackerSystem } from '../schema/ticket-id-patterns';

/** Where a ticket belongs for the investment mix: a Jira project, a GitHub repository, a Linear team. */
export interface TicketProject {
  system: TrackerSystem;
  /** What people call it: `PAY`, `acme/app`, `ENG`. */
  key: string;
  /** "Jira project PAY", "GitHub repository acme/app", "Linear team ENG". */
  label: string;
  /** The start every canonical id of its tickets shares: `jira:acme.atlassian.net/PAY-`. */
  idPrefix: string;
}

const NOUNS: Record<TrackerSystem, string> = {
  jira: 'Jira project',
  github: 'GitHub repository',
  linear: 'Linear team',
};

/** The project of a canonical ticket id (DESIGN.md "Ticket ids"), or null for anything else. */
export function projectOfTicket(ticketId: string): TicketProject | null {
  const system = systemOfTicketId(ticketId);
  if (!system) return null;
  // github:<host>/<owner>/<repo>#<n> → up to '#'; jira:<host>/<KEY>-<n>, linear:<ws>/<KEY>-<n> → up to '-'.
  const cut = system === 'github' ? ticketId.lastIndexOf('#') : ticketId.lastIndexOf('-');
  const idPrefix = ticketId.slice(0, cut + 1);
  const path = idPrefix.slice(idPrefix.indexOf(':') + 1, -1);
  const key =
    system === 'github' ? path.slice(path.indexOf('/') + 1) : path.slice(path.lastIndexOf('/') + 1);
  return { system, key, label: `${NOUNS[system]} ${key}`, idPrefix };
}
