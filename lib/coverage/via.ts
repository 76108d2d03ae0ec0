import type { Mention } from './mentions';
import type { TicketFacts } from './rule-match';

/**
 * How a mention is looked up among linked tickets: by key (lowercase, as `keyOfTicketId` gives it,
 * on any host), or, for `#42` / `!17`, as the one id it can only mean on the ticket's own project.
 */
export type MentionLookup = { byKey: string } | { byId: string };

export function lookupOf(mention: Mention, ticket: TicketFacts): MentionLookup | null {
  switch (mention.kind) {
    case 'key':
      return { byKey: mention.text.toLowerCase() };
    case 'reference':
      return { byKey: `${mention.path}${mention.sign}${mention.number}` };
    case 'local': {
      // `#42` is an issue or pull request of the same GitHub repository, or an issue of the same
      // GitLab project; `!17` a merge request of the same GitLab project. Elsewhere it is nothing.
      const numbered =
        ticket.system === 'gitlab' || (ticket.system === 'github' && mention.sign === '#');
      if (!numbered) return null;
      return {
        byId: `${ticket.system}:${ticket.host}/${ticket.project}${mention.sign}${mention.number}`,
      };
    }
  }
}

/**
 * The ticket a title lends its context from: the first mention that names exactly one linked
 * ticket other than this one. `linkedIds` answers which linked tickets a lookup names.
 */
export async function pickVia(
  mentions: readonly Mention[],
  ticket: TicketFacts,
  linkedIds: (lookup: MentionLookup) => Promise<readonly string[]> | readonly string[],
): Promise<{ ticketId: string; text: string } | null> {
  for (const mention of mentions) {
    const lookup = lookupOf(mention, ticket);
    if (!lookup) continue;
    const ids = (await linkedIds(lookup)).filter((id) => id !== ticket.id);
    if (ids.length === 1 && ids[0]) return { ticketId: ids[0], text: mention.text };
  }
  return null;
}
