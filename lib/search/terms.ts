/**
 * How text becomes search terms. Ticket keys and other compounds (`PAY-42`, `acme/app#42`,
 * `week-1`, `self-serve`) are kept whole as well as split, so a key typed as it is written matches
 * that key alone, while its parts still match ("pay 42", "serve").
 */
const COMPOUND = /[\p{L}\p{N}]+(?:[-/#._][\p{L}\p{N}]+)*/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Terms of an indexed field: every compound whole, then its words. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const compound of text.match(COMPOUND) ?? []) {
    const words = compound.match(WORD) ?? [];
    if (words.length > 1) terms.push(compound);
    terms.push(...words);
  }
  return terms;
}

/** Terms of a query: compounds stay whole (the index holds them whole too). */
export function queryTerms(text: string): string[] {
  return text.match(COMPOUND) ?? [];
}

const NON_ASCII = /[^ -~]/;
const DIACRITICS = /\p{Diacritic}/gu;

/**
 * Words in nearly every title: they cannot tell results apart, and matching them means scoring
 * most of the index on every keystroke.
 */
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'of',
  'on', 'or', 'our', 'so', 'that', 'the', 'this', 'to', 'we', 'with',
]);

/**
 * Lowercase without accents, so "tomas" finds "Tomás" (ASCII, nearly every term, skips that
 * work); null for a stop word, which is then neither indexed nor searched.
 */
export function normalizeTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(DIACRITICS, '') : lower;
}

/** A compound (`pay-42`) or a number: typed exactly or not at all, never "corrected". */
export function isExactOnly(term: string): boolean {
  return /^\d+$/.test(term) || /[-/#._]/.test(term);
}
