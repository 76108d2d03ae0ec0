import { firstText, type TrackerPage } from '../adapter';

const TITLE_SELECTORS = [
  // Jira Cloud issue view, full page and the modal opened over boards and lists.
  '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
  // Jira Server / Data Center issue view.
  '#summary-val',
];

/** "[PAY-42] Title - Jira" on Cloud and Server alike. */
function titleFromDocumentTitle(title: string): string | undefined {
  const match = /^\[[A-Z][A-Z0-9_]*-\d+\]\s*(.+?)(?:\s+-\s+[^-]*Jira.*)?$/.exec(title);
  return match?.[1]?.trim() || undefined;
}

export const jiraPage: TrackerPage = {
  system: 'jira',
  readTitle: (doc) => firstText(doc, TITLE_SELECTORS) ?? titleFromDocumentTitle(doc.title),
};
