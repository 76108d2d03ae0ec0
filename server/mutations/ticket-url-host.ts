/*
 * Where a ticket may be opened from: a link's `url` is shown behind the ticket's key (siblings,
 * popup), so it must point at the ticket's own tracker, never at any page a client names.
 * Parsed from the id's prefix here, on its own, so that a tracker added to the id patterns
 * (gitlab: below) is handled without waiting for the shared patterns.
 *   jira:<host>/<KEY>                           the URL's hostname is <host>
 *   github:<host>/<owner>/<repo>#<n>            the same
 *   gitlab:<host>/<group>/…/<project>#|!<iid>   the same
 *   linear:<workspace>/<KEY>                    https://linear.app/<workspace>/…
 * Ids carry no port (DESIGN.md "Ticket ids"), so a URL with a port on the right hostname is fine.
 */

const HOSTED = ['jira', 'github', 'gitlab'];

/** Why `url` may not stand for the ticket `ticketId`, or null when it may. */
export function whyUrlIsNotTicketHost(ticketId: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'A ticket URL must be http(s)';
  const colon = ticketId.indexOf(':');
  const system = ticketId.slice(0, colon);
  const rest = ticketId.slice(colon + 1);
  const slash = rest.indexOf('/');
  if (colon < 0 || slash <= 0) return `"${ticketId}" is not a ticket id`;
  const first = rest.slice(0, slash);

  if (system === 'linear') {
    const workspace = parsed.pathname.split('/')[1] ?? '';
    if (parsed.protocol === 'https:' && parsed.host === 'linear.app' && workspace === first)
      return null;
    return `The URL of ${ticketId} must start with https://linear.app/${first}/`;
  }
  if (!HOSTED.includes(system)) return `Unknown tracker "${system}" in ${ticketId}`;
  // Older ids may still carry a port; the hostname alone is compared.
  const host = first.replace(/:\d+$/, '');
  if (parsed.hostname === host) return null;
  return `The URL of ${ticketId} must be on ${host}, not ${parsed.hostname || 'no host'}`;
}
