import { browser } from 'wxt/browser';

/** The words content scripts put on tracker pages (`page:` in locales/*.yml). */
export type PageWord =
  | 'throughline'
  | 'notLinked'
  | 'noFit'
  | 'openHint'
  | 'mixLabel'
  | 'mixNoBuckets'
  | 'mixShare'
  | 'mixShareTarget'
  | 'mixCounts'
  | 'mixShown';

/**
 * A word from the extension's locale files, through the browser's own i18n (no library: content
 * scripts stay small, and the words themselves stay out of the script). `$1`… take `values`.
 */
export function pageWord(word: PageWord, ...values: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(`page_${word}`, values.map(String));
}

/** What the summary and the marks call a ticket's context (lib/summary/ticket-summary.ts). */
export const contextWordsOnPage = () => ({
  notLinked: pageWord('notLinked'),
  noFit: pageWord('noFit'),
  prefix: pageWord('throughline'),
});
