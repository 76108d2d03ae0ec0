import type { TrackerPage } from '../adapter';
import { find, textOf, titleIfShowing, type ShownTicket } from '../page-text';

// Every selector Throughline reads on GitHub pages, one comment per page variant it serves.

/**
 * Issues and pull requests rendered with React (issues since 2024, pull requests since 2025), and
 * the issue pane of Projects: `<h1 data-component="PH_Title"><bdi class="markdown-title"
 * data-testid="issue-title">Title</bdi><span>#12</span></h1>`.
 */
const REACT_HEADER = 'h1[data-component="PH_Title"]';
const REACT_TITLE = '.markdown-title, [data-testid="issue-title"]';
/**
 * Server-rendered issue and pull request pages (the legacy UI, still served by GitHub Enterprise
 * Server): `<h1 class="gh-header-title"><span class="js-issue-title">Title</span>
 * <span class="f1-light">#2</span></h1>` (the number's class changed over the years; its text
 * did not).
 */
const LEGACY_HEADER = 'h1.gh-header-title';
const LEGACY_TITLE = '.js-issue-title';

const NUMBER_AFTER_TITLE = /^\s*#(\d+)/;

/** The header's title, and the `#n` printed right after it. */
function header(
  doc: Document,
  headerSelector: string,
  titleSelector: string,
): ShownTicket | undefined {
  const heading = find(doc, headerSelector);
  const title = heading && textOf(find(heading, titleSelector));
  if (!heading || !title) return undefined;
  const text = textOf(heading) ?? '';
  const rest = text.slice(Math.max(0, text.indexOf(title)) + title.length);
  const number = NUMBER_AFTER_TITLE.exec(rest)?.[1];
  return { title, shownKey: number && `#${number}` };
}

/**
 * "Title · Issue #2 · owner/repo · GitHub" and "Title by author · Pull Request #1 · owner/repo";
 * GitHub Enterprise ends with its own name, or nothing.
 */
function documentTitle(doc: Document): ShownTicket | undefined {
  const match = /^(.+?) · (?:Issue|Pull Request) #(\d+) · ([^\s·/]+\/[^\s·/]+)/.exec(
    doc.title.slice(0, 2000),
  );
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const title = match[1].replace(/ by \S+$/, '').trim();
  return title ? { title, shownKey: `${match[3]}#${match[2]}`.toLowerCase() } : undefined;
}

/** A header prints only `#42`; the document title prints `owner/repo#42`. */
function isKey(key: string): (shown: string) => boolean {
  const lower = key.toLowerCase();
  return (shown) => (shown.startsWith('#') ? lower.endsWith(shown) : lower === shown);
}

export const githubPage: TrackerPage = {
  readTitle: (doc, key) =>
    titleIfShowing(
      [
        () => header(doc, REACT_HEADER, REACT_TITLE),
        () => header(doc, LEGACY_HEADER, LEGACY_TITLE),
        () => documentTitle(doc),
      ],
      isKey(key),
    ),
  // GitHub keeps nothing fixed in the bottom-right corner of issue and pull request pages.
  summarySpot: { right: 16, bottom: 16 },
};
