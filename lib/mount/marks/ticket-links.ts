import type { TrackerAdapter } from '../../trackers/adapter';
import type { TrackerUrlOptions } from '../../trackers/types';

/** The ticket id a link's (resolved) `href` names, or undefined for a link that is no ticket. */
export type ParseLink = (href: string) => string | undefined;

/** The ticket a link gets a mark for, if any. */
export type MarkedTicketOf = (link: HTMLAnchorElement) => string | undefined;

/**
 * What counts as a row or card: the nearest list item, table row, ARIA row or list item, or
 * article around a link. Roles and elements, never a tracker's class names, so a redesign of the
 * tracker does not hide the marks; a link outside any of them is its own row.
 */
export const ROW_SELECTOR = 'li, tr, [role="row"], [role="listitem"], article';

/**
 * Reads links with the tracker's own URL parser (URL first, as detection does), on the page's own
 * host only (the worker answers for no other). A link with a fragment points into a ticket (a
 * comment, `#issuecomment-…`), not at it: no mark. Answers are cached by `href`, since lists
 * repeat the same links and virtualised lists redraw them.
 */
export function linkParser(
  tracker: Pick<TrackerAdapter, 'parseUrl'>,
  hosts: TrackerUrlOptions,
  pageHost: string,
): ParseLink {
  const cache = new Map<string, string | undefined>();
  return (href) => {
    if (cache.has(href)) return cache.get(href);
    let id: string | undefined;
    try {
      const url = new URL(href);
      // Most of a page's links (other sites, comments) are no ticket: no tracker parse for them.
      const ticket =
        url.hostname !== pageHost || url.hash.length > 1 ? null : tracker.parseUrl(url, hosts);
      id = ticket && ticket.host === pageHost ? ticket.id : undefined;
    } catch {
      id = undefined;
    }
    if (cache.size > 20_000) cache.clear();
    cache.set(href, id);
    return id;
  };
}

/** Breadcrumbs and tabs. */
const NAVIGATION = 'nav, [role="navigation"]';

/**
 * The ticket a link gets a mark for: the one it names, except the ticket the page itself shows
 * (`shown`) outside a list's row or a board's card: its breadcrumb, its tabs and its permalinks
 * would only repeat the summary. Its card on a board it is opened beside keeps its mark. A link
 * to "" or "#…" is a script's button or a place in the page, whatever URL the page has.
 */
export function markedTicketOf(parse: ParseLink, shown: string | undefined): MarkedTicketOf {
  return (link) => {
    const href = link.getAttribute('href');
    if (!href || href.startsWith('#')) return undefined;
    const id = parse(link.href);
    if (id === undefined || id !== shown) return id;
    return rowOf(link) !== link && !link.closest(NAVIGATION) ? id : undefined;
  };
}

/** Links in no row or card: each is its own row. */
export const LOOSE_LINK_SELECTOR = `a[href]:not(${ROW_SELECTOR.split(',')
  .map((row) => `${row.trim()} a`)
  .join(', ')})`;

/**
 * The rows and the loose links under `root` (not `root` itself: the row it is, or sits in, is the
 * caller's): a page's rows are read as they come on screen, its loose links (few: navigation,
 * breadcrumbs) at once.
 */
export function rowsAndLooseLinks(root: Element): {
  rows: Iterable<Element>;
  loose: Iterable<HTMLAnchorElement>;
} {
  return {
    rows: root.querySelectorAll(ROW_SELECTOR),
    loose: root.querySelectorAll<HTMLAnchorElement>(LOOSE_LINK_SELECTOR),
  };
}

/** The row or card a link sits in (ROW_SELECTOR), else the link itself. */
export function rowOf(link: Element): Element {
  return link.closest(ROW_SELECTOR) ?? link;
}

/** The links of a row, in document order (the row itself when it is the link). */
export function linksOf(row: Element): HTMLAnchorElement[] {
  // By name, not `instanceof`: the page's elements may come from another window (frames, tests).
  if (row.localName === 'a') return row.hasAttribute('href') ? [row as HTMLAnchorElement] : [];
  return [...row.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

/**
 * The links that get a mark in one row: for each ticket the row shows, its first link in the row
 * (however many links to that ticket it holds). Links of a row nested inside this one belong to
 * that row, not this one.
 */
export function anchorsOfRow(
  row: Element,
  ticketOf: MarkedTicketOf,
): Map<HTMLAnchorElement, string> {
  return anchorsByRow(linksOf(row), ticketOf).get(row) ?? new Map<HTMLAnchorElement, string>();
}

/**
 * The links that get a mark, by row, from one pass over `links` (in document order): each link is
 * parsed first, and only a ticket's link looks for its row, so a page of many links that are no
 * ticket costs one cached parse each.
 */
export function anchorsByRow(
  links: Iterable<HTMLAnchorElement>,
  ticketOf: MarkedTicketOf,
): Map<Element, Map<HTMLAnchorElement, string>> {
  const firstLinks = new Map<Element, Map<string, HTMLAnchorElement>>();
  for (const link of links) {
    const id = ticketOf(link);
    if (id === undefined) continue;
    const row = rowOf(link);
    let ofRow = firstLinks.get(row);
    if (!ofRow) firstLinks.set(row, (ofRow = new Map()));
    if (!ofRow.has(id)) ofRow.set(id, link);
  }
  const byRow = new Map<Element, Map<HTMLAnchorElement, string>>();
  for (const [row, ofRow] of firstLinks)
    byRow.set(row, new Map([...ofRow].map(([id, link]) => [link, id])));
  return byRow;
}
