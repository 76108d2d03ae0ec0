import { mentionsIn } from './mentions';
import { resolveCoverage, type Coverage, type CoverageRule } from './resolve';
import { ticketFacts } from './ticket-facts';
import { pickVia, type MentionLookup } from './via';

/** The linked tickets coverage reads: local, so every answer is instant and works offline. */
export interface LinkIndex<Link> {
  /** The ticket's own live link (not one being removed). */
  get(ticketId: string): Promise<Link | undefined> | Link | undefined;
  /** Ids of live links a mention names (by key on any host, or one exact id). */
  idsFor(lookup: MentionLookup): Promise<readonly string[]> | readonly string[];
}

/**
 * A ticket's context and where it comes from, from its id, the title its page shows, the local
 * links and the rules. Null for an id no tracker knows.
 */
export async function coverageOf<Link>(
  ticketId: string,
  title: string | undefined,
  links: LinkIndex<Link>,
  rules: readonly CoverageRule[],
): Promise<Coverage<Link> | null> {
  const ticket = ticketFacts(ticketId, title);
  if (!ticket) return null;
  const own = await links.get(ticketId);
  if (own !== undefined) return resolveCoverage({ ticket, own, rules });
  const named = await pickVia(mentionsIn(title), ticket, (lookup) => links.idsFor(lookup));
  const viaLink = named ? await links.get(named.ticketId) : undefined;
  const via = named && viaLink !== undefined ? { ...named, link: viaLink } : undefined;
  return resolveCoverage({ ticket, via, rules });
}
