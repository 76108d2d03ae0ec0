/** The words content scripts put on tracker pages (`page:` in locales/*.yml). */
export const PAGE_WORDS = [
  'throughline',
  'notLinked',
  'noFit',
  'openHint',
  'mixLabel',
  'mixNoBuckets',
  'mixShare',
  'mixShareTarget',
  'mixCounts',
  'mixShown',
] as const;

export type PageWord = (typeof PAGE_WORDS)[number];

/** Each word in the reader's language, with `{1}`… where its values go. */
export type PageWords = Record<PageWord, string>;

/** Enough for any of these words in any language; longer is not a word of ours. */
export const PAGE_WORD_MAX = 300;

/**
 * The page words, read in the worker and sent with its answers to content scripts. Content
 * scripts do not call `i18n.getMessage` themselves: its first call on a page loads the whole
 * message catalog with a synchronous request to the browser, about 10 ms of the host page's main
 * thread on every ticket page (measured in Chromium, bench/host-cost.ts).
 */
export function pageWordsFrom(
  getMessage: (name: string, substitutions: string[]) => string,
): PageWords {
  const slots = ['{1}', '{2}', '{3}', '{4}', '{5}'];
  const entries = PAGE_WORDS.map((word) => [word, getMessage(`page_${word}`, slots)] as const);
  return Object.fromEntries(entries) as PageWords;
}

/** A word with its `{1}`… replaced by `values`, in order. */
export function formatPageWord(template: string, values: readonly (string | number)[]): string {
  return template.replace(/\{([1-9])\}/g, (_, n: string) => String(values[Number(n) - 1] ?? ''));
}
