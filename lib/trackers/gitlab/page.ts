import type { TrackerPage } from '../adapter';
import { find, textOf, titleIfShowing, type ShownTicket } from '../page-text';

// Every selector Throughline reads on GitLab pages, one comment per page variant it serves.

/**
 * Lists and boards open an issue in a drawer (`?show=`): `<aside data-testid="work-item-drawer">`
 * with a reference link (`app#5`) and the work item's title inside it.
 */
const DRAWER = '[data-testid="work-item-drawer"]';
const DRAWER_REFERENCE = '[data-testid="work-item-drawer-ref-link"]';
const WORK_ITEM_TITLE = '[data-testid="work-item-title"]';
/**
 * The full pages: the issue (`<h1 data-testid="issue-title">`), the work item view of the same
 * issue (`<h1 data-testid="work-item-title">`) and the merge request
 * (`<h1 data-testid="title-content">`). None prints the number beside the title.
 */
const PAGE_TITLE =
  'h1[data-testid="issue-title"], h1[data-testid="work-item-title"], h1[data-testid="title-content"]';

/** `app#5` or `!17` at the end of a reference. */
const REFERENCE_AT_END = /([#!]\d+)\s*$/;

function drawer(doc: Document): ShownTicket | undefined {
  const scope = find(doc, DRAWER);
  const title = scope && textOf(find(scope, WORK_ITEM_TITLE));
  if (!scope || !title) return undefined;
  return {
    title,
    shownKey: REFERENCE_AT_END.exec(textOf(find(scope, DRAWER_REFERENCE)) ?? '')?.[1],
  };
}

/**
 * "Title (#5) · Issues · Acme / App · GitLab", "Title (!17) · Merge requests · Acme / App · GitLab";
 * self-managed instances end with their own name.
 */
function documentTitle(doc: Document): ShownTicket | undefined {
  const match = /^(.+?) \(([#!]\d+)\) · /.exec(doc.title.slice(0, 2000));
  const title = match?.[1]?.trim();
  return title && match?.[2] ? { title, shownKey: match[2] } : undefined;
}

/** The page's heading, with the number the tab title prints (the heading prints none). */
function pageHeading(doc: Document): ShownTicket | undefined {
  const title = textOf(find(doc, PAGE_TITLE));
  return title ? { title, shownKey: documentTitle(doc)?.shownKey } : undefined;
}

/** A page prints `#5` or `!17`; the key is `acme/app#5`. */
const isKey = (key: string) => (shown: string) => key.endsWith(shown);

export const gitlabPage: TrackerPage = {
  readTitle: (doc, key) =>
    titleIfShowing(
      [() => drawer(doc), () => pageHeading(doc), () => documentTitle(doc)],
      isKey(key.toLowerCase()),
    ),
  // GitLab's help and Duo entry points live in the left sidebar and the top bar.
  summarySpot: { right: 16, bottom: 16 },
};
