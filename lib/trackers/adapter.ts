import type { TrackerSystem } from '../schema/ticket-id-patterns';
import type { TrackerUrlParser } from './types';

/** What a content script needs to know about one tracker's pages, beyond its URLs. */
export interface TrackerPage {
  system: TrackerSystem;
  /** The ticket's title as the page shows it, or undefined when the page has not rendered it. */
  readTitle(doc: Document): string | undefined;
}

/** A tracker as content scripts use it: its URL parser and its page helpers. */
export interface TrackerAdapter extends TrackerPage {
  parseUrl: TrackerUrlParser;
}

/** First non-empty trimmed text among the elements the selectors match, in order. */
export function firstText(doc: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 500);
  }
  return undefined;
}
