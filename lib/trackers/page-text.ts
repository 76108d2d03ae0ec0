/**
 * Small, forgiving readers of host-page DOM shared by the trackers' `page.ts`. They never throw
 * and cap what they return: a hostile or giant page costs one `querySelector` and a bounded string.
 */

/** Longest title we keep: the frame hash and a link's `title` need no more. */
export const MAX_TITLE_LENGTH = 500;

/** An element's text with whitespace collapsed, or undefined when it is missing or blank. */
export function textOf(element: Element | null | undefined): string | undefined {
  const raw = element?.textContent;
  if (!raw) return undefined;
  // Collapse only a bounded prefix: a title element stuffed with megabytes stays cheap.
  const text = raw
    .slice(0, MAX_TITLE_LENGTH * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, MAX_TITLE_LENGTH) : undefined;
}

/** `querySelector` that treats a selector the engine rejects as "not found". */
export function find(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * What a page says about the ticket it renders: its title, and the key printed beside it where the
 * page prints one. After an in-app navigation the previous ticket can stay on screen for a while;
 * the key is how we tell a fresh title from a stale one.
 */
export interface ShownTicket {
  title: string;
  /** The key as the page prints it (`PAY-42`, `#42`, `acme/app#42`); undefined where it prints none. */
  shownKey?: string;
}

/**
 * The title when the page shows ticket `key`: the first source that renders a title decides; when it
 * prints a key that `isKey` rejects, the page still shows another ticket and there is no title yet.
 */
export function titleIfShowing(
  sources: readonly (() => ShownTicket | undefined)[],
  isKey: (shownKey: string) => boolean,
): string | undefined {
  for (const source of sources) {
    const shown = source();
    if (!shown) continue;
    return shown.shownKey === undefined || isKey(shown.shownKey) ? shown.title : undefined;
  }
  return undefined;
}
