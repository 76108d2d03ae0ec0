import { firstText, type TrackerPage } from '../adapter';

const TITLE_SELECTORS = [
  // Issues and pull requests rendered with React (2024 onwards).
  'h1[data-component="PH_Title"] bdi',
  '[data-testid="issue-title"]',
  // Server-rendered issue and pull request headers (legacy UI, still served to some sessions).
  '.js-issue-title',
];

/** "Title · Issue #2 · owner/repo" or "Title by author · Pull Request #1 · owner/repo · GitHub". */
function titleFromDocumentTitle(title: string): string | undefined {
  const head = title
    .split(' · ')[0]
    ?.replace(/ by \S+$/, '')
    .trim();
  return head || undefined;
}

export const githubPage: TrackerPage = {
  system: 'github',
  readTitle: (doc) => firstText(doc, TITLE_SELECTORS) ?? titleFromDocumentTitle(doc.title),
};
