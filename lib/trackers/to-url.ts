/**
 * Longer URLs are treated as hostile and name no ticket. Real ticket URLs, JQL and project filters
 * included, stay far below this; the cap bounds the work a page can make us do on every navigation.
 */
export const MAX_URL_LENGTH = 65_536;

/** A URL object from whatever a caller passes, or null; never throws. */
export function toUrl(url: unknown): URL | null {
  if (url instanceof URL) return url.href.length <= MAX_URL_LENGTH ? url : null;
  // A URL from another realm (a frame, the page's world) is not `instanceof` ours: use its href.
  const href = typeof url === 'string' ? url : (url as { href?: unknown } | null | undefined)?.href;
  if (typeof href !== 'string' || href.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
