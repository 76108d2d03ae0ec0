import type { TrackerPage } from '../adapter';
import { find, textOf, titleIfShowing, type ShownTicket } from '../page-text';

// Every selector Throughline reads on Jira pages, one comment per page variant it serves.

/**
 * Jira Cloud, an issue opened over a board, backlog, list, timeline or search (`?selectedIssue=`):
 * the modal holds its own issue view, so read inside it when it is open.
 */
const CLOUD_MODAL = '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]';
/** Jira Cloud issue view, full page (`/browse/KEY`) and inside the modal: the summary heading. */
const CLOUD_TITLE = '[data-testid="issue.views.issue-base.foundation.summary.heading"]';
/** Jira Cloud issue view: the last breadcrumb, the issue's own key (a link to `/browse/KEY`). */
const CLOUD_KEY =
  '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]';
/** Jira Server / Data Center issue view: the summary heading. */
const SERVER_TITLE = '#summary-val';
/** Jira Server / Data Center issue view: the key link above the summary. */
const SERVER_KEY = '#key-val';

const KEY_IN_TEXT = /\b[A-Z][A-Z0-9_]*-[1-9]\d*\b/i;

function keyIn(element: Element | null): string | undefined {
  const fromAttribute = element?.getAttribute('data-issue-key');
  return (fromAttribute || KEY_IN_TEXT.exec(textOf(element) ?? '')?.[0])?.toUpperCase();
}

function cloudIssueView(doc: Document): ShownTicket | undefined {
  const scope = find(doc, CLOUD_MODAL) ?? doc;
  const title = textOf(find(scope, CLOUD_TITLE));
  return title ? { title, shownKey: keyIn(find(scope, CLOUD_KEY)) } : undefined;
}

function serverIssueView(doc: Document): ShownTicket | undefined {
  const title = textOf(find(doc, SERVER_TITLE));
  return title ? { title, shownKey: keyIn(find(doc, SERVER_KEY)) } : undefined;
}

/** "[PAY-42] Title - Jira" (Cloud) or "[PAY-42] Title - Acme JIRA" (Server / Data Center). */
function documentTitle(doc: Document): ShownTicket | undefined {
  const match = /^\[([A-Z][A-Z0-9_]*-\d+)\]\s*(.+?)(?:\s+-\s+[^-]*jira[^-]*)?$/i.exec(
    doc.title.slice(0, 2000).trim(),
  );
  const title = match?.[2]?.trim();
  return match?.[1] && title ? { title, shownKey: match[1].toUpperCase() } : undefined;
}

export const jiraPage: TrackerPage = {
  readTitle: (doc, key) =>
    titleIfShowing(
      [() => cloudIssueView(doc), () => serverIssueView(doc), () => documentTitle(doc)],
      (shown) => shown === key.toUpperCase(),
    ),
  // Jira's own floating entry points (help, Rovo) sit in the top navigation, not this corner.
  summarySpot: { right: 16, bottom: 16 },
};
