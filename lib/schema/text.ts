import { z } from 'zod';
import { cleanText, isSafeText } from './safe-text';

export const UNSAFE_TEXT_MESSAGE =
  'Text must not contain NUL characters or unpaired surrogates (the context API cannot store them)';

/**
 * The one string schema of every entity, link, mutation, sync and context-file field: a plain
 * `z.string()` that also refuses what the server's storage cannot hold (see safe-text.ts). Chain
 * `.min()`, `.max()`, `.regex()` after it as on any string.
 */
export function text() {
  return z.string().refine(isSafeText, { message: UNSAFE_TEXT_MESSAGE });
}

/** For text that comes from a page rather than a person or a server: cleaned, never refused. */
export function pageText(max: number) {
  return z
    .string()
    .transform((value) => cleanText(value.slice(0, max)))
    .pipe(text().max(max));
}
