import type { TrackerPage } from '../adapter';
import { find, textOf, titleIfShowing, type ShownTicket } from '../page-text';

// Every selector Throughline reads on Linear pages, one comment per page variant it serves.

/**
 * The issue view (full page and the peek opened from lists) edits its title in place: a
 * contenteditable single-line editor labelled "Issue title", its text in one paragraph.
 */
const TITLE_EDITOR = '[aria-label="Issue title"]';
/** Older builds of the same editor carried no label; it is the view's only single-line editor. */
const UNLABELLED_EDITOR = 'main [contenteditable="true"][aria-multiline="false"] > p';

const KEY_AT_START = /^([A-Z][A-Z0-9]*-\d+)\s+(.+)$/i;

/** Linear names the tab after the issue: "ENG-7 Title". Other pages carry no key there. */
function documentTitle(doc: Document): ShownTicket | undefined {
  const match = KEY_AT_START.exec(doc.title.slice(0, 2000).trim());
  const title = match?.[2]?.trim();
  return match?.[1] && title ? { title, shownKey: match[1].toUpperCase() } : undefined;
}

/** The editor prints no key; the tab title, when it names an issue, says which one is shown. */
function titleEditor(doc: Document): ShownTicket | undefined {
  const title = textOf(find(doc, TITLE_EDITOR)) ?? textOf(find(doc, UNLABELLED_EDITOR));
  return title ? { title, shownKey: documentTitle(doc)?.shownKey } : undefined;
}

export const linearPage: TrackerPage = {
  readTitle: (doc, key) =>
    titleIfShowing(
      [() => titleEditor(doc), () => documentTitle(doc)],
      (shown) => shown === key.toUpperCase(),
    ),
  // Linear's help menu is in the bottom-left of its sidebar; the right corner is free.
  summarySpot: { right: 16, bottom: 16 },
};
