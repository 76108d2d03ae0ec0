import { firstText, type TrackerPage } from '../adapter';

const TITLE_SELECTORS = [
  // The issue view's editable title.
  '[aria-label="Issue title"]',
];

/** "ENG-7 Title" as Linear sets the tab title on an issue page. */
function titleFromDocumentTitle(title: string): string | undefined {
  const match = /^[A-Z][A-Z0-9]*-\d+\s+(.+)$/.exec(title.trim());
  return match?.[1]?.trim() || undefined;
}

export const linearPage: TrackerPage = {
  system: 'linear',
  readTitle: (doc) => firstText(doc, TITLE_SELECTORS) ?? titleFromDocumentTitle(doc.title),
};
