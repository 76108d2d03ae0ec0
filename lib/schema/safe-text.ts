/**
 * Text that PostgreSQL's jsonb (and so the context API) can store: no NUL character and no
 * unpaired UTF-16 surrogate. Both are legal in a JS string and in JSON, and both make the server
 * fail; one such string in a queued tag used to stall sync for good (issue 14).
 * Kept free of zod: content scripts import it.
 */
export function isSafeText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/**
 * For text read from a page (a ticket's title): drops NUL characters and replaces unpaired
 * surrogates with U+FFFD, so a strange title never stops a tag from being made.
 */
export function cleanText(value: string): string {
  return value.replaceAll('\u0000', '').toWellFormed();
}
