const HTTP_URL = /^https?:\/\//i;

/** `PAY-42`, `ENG-7`, `acme/app#42` from a stored (so already valid) canonical id, without regexes. */
export function ticketKey(ticketId: string): string {
  const rest = ticketId.slice(ticketId.indexOf(':') + 1);
  return ticketId.startsWith('github:')
    ? rest.slice(rest.indexOf('/') + 1)
    : rest.slice(rest.lastIndexOf('/') + 1);
}

/**
 * Where a ticket lives: the link's own URL when it is http(s), else one built from the canonical
 * id (DESIGN.md "Ticket ids"). Hosts are assumed to serve https; a self-hosted Jira under a context
 * path (`/jira/browse/…`) is only reachable through a stored URL. Undefined when neither works.
 */
export function ticketUrl(ticketId: string, stored?: string): string | undefined {
  if (stored && HTTP_URL.test(stored) && URL.canParse(stored)) return stored;
  // Ids in the store were validated on the way in; the scheme before ':' names the tracker.
  const colon = ticketId.indexOf(':');
  const rest = ticketId.slice(colon + 1);
  switch (ticketId.slice(0, colon)) {
    case 'jira': {
      const slash = rest.lastIndexOf('/');
      return `https://${rest.slice(0, slash)}/browse/${rest.slice(slash + 1)}`;
    }
    case 'linear': {
      const slash = rest.indexOf('/');
      return `https://linear.app/${rest.slice(0, slash)}/issue/${rest.slice(slash + 1)}`;
    }
    case 'github': {
      // Issues and pull requests share numbers; GitHub redirects /issues/n to the pull request.
      const hash = rest.lastIndexOf('#');
      return `https://${rest.slice(0, hash)}/issues/${rest.slice(hash + 1)}`;
    }
    default:
      return undefined;
  }
}

/** Only http(s) URLs may be opened from the popup; anything else (javascript:, data:) is dropped. */
export function isOpenableUrl(url: string | undefined): url is string {
  return typeof url === 'string' && HTTP_URL.test(url) && URL.canParse(url);
}
