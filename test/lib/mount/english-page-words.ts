import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageWordsFrom, type PageWords } from '../../../lib/summary/page-words';

/** The words the worker sends with its answers, in English (test/setup/i18n.ts), as it sends them. */
export const englishPageWords = (): PageWords =>
  pageWordsFrom(fakeBrowser.i18n.getMessage as (name: string, subs: string[]) => string);
