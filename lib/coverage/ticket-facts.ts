import { afterScheme } from '../trackers/identity';
import { TRACKERS } from '../trackers/registry';
import { systemOfTicketId } from '../trackers/ticket-ids';
import type { TicketFacts } from './rule-match';

/** Linear ids name a workspace, not a host: every Linear ticket lives on linear.app. */
const CLOUD_ONLY_HOSTS: Partial<Record<string, string>> = { linear: 'linear.app' };

/** What rules are matched against, from a canonical id and the title its page shows. */
export function ticketFacts(id: string, title?: string): TicketFacts | null {
  const system = systemOfTicketId(id);
  if (!system) return null;
  const rest = afterScheme(id);
  const host = CLOUD_ONLY_HOSTS[system] ?? rest.slice(0, rest.indexOf('/'));
  return { id, system, host, project: TRACKERS[system].projectOf(id).key, title };
}
