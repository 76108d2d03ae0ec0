import type { TrackerSystem } from '../schema/ticket-id-patterns';

/** What a content script needs to know about one tracker's pages, beyond its URLs. */
export interface TrackerPage {
  system: TrackerSystem;
  /** The ticket's title as the page shows it, or undefined when the page has not rendered it. */
  readTitle(doc: Document): string | undefined;
}

/** First non-empty trimmed text among the elements the selectors match, in order. */
export function firstText(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 500);
  }
  return undefined;
}
