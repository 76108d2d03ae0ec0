import { formatPageWord, PAGE_WORD_MAX, type PageWord } from '../summary/page-words';

/** The words the worker last sent with an answer (lib/summary/page-words.ts says why). */
let wordsOnPage: Partial<Record<PageWord, unknown>> = {};

/** Keeps the words an answer of the worker carries; each is checked when it is used. */
export function rememberPageWords(value: unknown): void {
  if (typeof value === 'object' && value !== null) wordsOnPage = value;
}

/**
 * A word in the reader's language, `values` in its `{1}`…; "" for a word the worker has not sent
 * (they come with its first answer, before there is anything to draw) or that is not text.
 */
export function pageWord(word: PageWord, ...values: (string | number)[]): string {
  const template = wordsOnPage[word];
  return typeof template === 'string' && template.length <= PAGE_WORD_MAX
    ? formatPageWord(template, values)
    : '';
}

/** What the summary and the marks call a ticket's context (lib/summary/ticket-summary.ts). */
export const contextWordsOnPage = () => ({
  notLinked: pageWord('notLinked'),
  noFit: pageWord('noFit'),
  prefix: pageWord('throughline'),
});
