/**
 * Kept free of zod: content scripts import this and must stay tiny.
 *
 * Canonical ticket ids (DESIGN.md "Ticket ids", a contract):
 *   jira:<host>/<KEY>                 host lowercase, key uppercase
 *   linear:<workspace>/<KEY>          workspace lowercase, key uppercase
 *   github:<host>/<owner>/<repo>#<n>  all lowercase
 */
export const TRACKER_SYSTEMS = ['jira', 'linear', 'github'] as const;
export type TrackerSystem = (typeof TRACKER_SYSTEMS)[number];

const HOST = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?`;
/** Jira project keys: a letter, then letters, digits or underscores. */
export const JIRA_ISSUE_KEY = String.raw`[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,9}`;
/** Linear team keys: a letter, then letters or digits. */
export const LINEAR_ISSUE_KEY = String.raw`[A-Z][A-Z0-9]{0,9}-[1-9]\d{0,9}`;
const LINEAR_WORKSPACE = String.raw`[a-z0-9](?:[a-z0-9-]{0,62})`;
/** GitHub logins: alphanumerics and single inner hyphens, at most 39 characters. */
const GITHUB_OWNER = String.raw`[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}`;
const GITHUB_REPO = String.raw`(?!\.{1,2}#)[a-z0-9._-]{1,100}`;

export const TICKET_ID_PATTERNS: Record<TrackerSystem, RegExp> = {
  jira: new RegExp(`^jira:${HOST}/${JIRA_ISSUE_KEY}$`),
  linear: new RegExp(`^linear:${LINEAR_WORKSPACE}/${LINEAR_ISSUE_KEY}$`),
  github: new RegExp(`^github:${HOST}/${GITHUB_OWNER}/${GITHUB_REPO}#[1-9]\\d{0,9}$`),
};

export function systemOfTicketId(id: string): TrackerSystem | null {
  for (const system of TRACKER_SYSTEMS) if (TICKET_ID_PATTERNS[system].test(id)) return system;
  return null;
}

/** The human key shown for a ticket: PAY-42, ENG-7, acme/app#42. */
export function keyOfTicketId(id: string): string {
  const system = systemOfTicketId(id);
  const rest = id.slice(id.indexOf(':') + 1);
  if (system === 'github') return rest.slice(rest.indexOf('/') + 1);
  return rest.slice(rest.lastIndexOf('/') + 1);
}
