import { z } from 'zod';
import { PAGE_WORD_MAX, PAGE_WORDS, type PageWord, type PageWords } from './page-words';

/** The worker's side of `PageWords` (content scripts check them by hand: parsePageWords). */
export const PageWordsSchema = z.object(
  Object.fromEntries(PAGE_WORDS.map((word) => [word, z.string().max(PAGE_WORD_MAX)])) as Record<
    PageWord,
    z.ZodString
  >,
) satisfies z.ZodType<PageWords>;
