import { TRACKERS, TRACKER_SYSTEMS, type TrackerSystem } from './registry';

/**
 * Reading canonical ticket ids (DESIGN.md "Ticket ids") through the tracker that owns them. The
 * scheme before `:` names the tracker, so one lookup finds it and its pattern decides.
 */
export function systemOfTicketId(id: string): TrackerSystem | null {
  const scheme = id.slice(0, id.indexOf(':'));
  if (!(TRACKER_SYSTEMS as readonly string[]).includes(scheme)) return null;
  const system = scheme as TrackerSystem;
  return TRACKERS[system].idPattern.test(id) ? system : null;
}

/** The tracker of an id, or null for anything that is not a canonical id. */
function trackerOf(id: string) {
  const system = systemOfTicketId(id);
  return system ? TRACKERS[system] : null;
}

/** The human key of a ticket: PAY-42, ENG-7, acme/app#42, acme/web/app!17; the id itself if unknown. */
export function keyOfTicketId(id: string): string {
  return trackerOf(id)?.keyOf(id) ?? id;
}

/** Where a ticket opens, built from its id; undefined for anything that is not a canonical id. */
export function urlOfTicketId(id: string): string | undefined {
  return trackerOf(id)?.urlOf(id);
}

/** Where a ticket belongs for the investment mix: a Jira project, a repository, a Linear team. */
export interface TicketProject {
  system: TrackerSystem;
  /** What people call it: `PAY`, `acme/app`, `ENG`, `acme/web/app`. */
  key: string;
  /** "Jira project PAY", "GitHub repository acme/app", "Linear team ENG". */
  label: string;
  /** The starts that every canonical id of its tickets shares: `jira:acme.atlassian.net/PAY-`. */
  idPrefixes: string[];
}

/** The project of a canonical ticket id, or null for anything else. */
export function projectOfTicket(id: string): TicketProject | null {
  const system = systemOfTicketId(id);
  if (!system) return null;
  const tracker = TRACKERS[system];
  const { key, idPrefixes } = tracker.projectOf(id);
  return { system, key, label: `${tracker.projectNoun} ${key}`, idPrefixes };
}
