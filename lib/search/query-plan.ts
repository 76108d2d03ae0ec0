import type { Options, Query } from 'minisearch';
import type { SearchDoc } from './documents';
import { indexTerms, isExactOnly, normalizeTerm, queryTerms } from './terms';

/**
 * How MiniSearch indexes the popup's documents and how a query becomes its search: fields,
 * boosts, prefix and typo rules. Ticket keys are not here: they have their own index.
 */

/** Titles outrank owners, and both outrank summaries. Ticket keys have their own index. */
const BOOST = { title: 3, owner: 1.2, text: 0.5 };
/** Short fields, searched by prefix and with typos forgiven. */
const NAME_FIELDS = ['title', 'owner'];
/**
 * Summaries, descriptions and notes: four times the words of the names. Matching them by prefix
 * and typo would cost most of the keystroke budget, so they match whole words only.
 */
const TEXT_FIELDS = ['text'];

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: [...NAME_FIELDS, ...TEXT_FIELDS],
  storeFields: ['kind'],
  tokenize: indexTerms,
  processTerm: normalizeTerm,
  searchOptions: { boost: BOOST, tokenize: queryTerms },
};

/** Tickets are nine in ten documents; see `queryOf` for when they are left out. */
const notTicket = (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
  stored?.kind === 'ticket' ? 0 : 1;
const onlyTicket = (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
  stored?.kind === 'ticket' ? 1 : 0;

/**
 * How one word of the query is matched: in the names (by prefix from three letters, or from two
 * when it is the only word; one typo in 4–7 letters, two from 8, as in "activaton") or as a whole
 * word in the text. Keys and numbers never fuzz: "PAY-42" must not also find PAY-41. Each word is
 * searched on its own (lib/search/term-matches.ts combines them), so a word typed earlier in the
 * query is not searched again on every keystroke.
 *
 * Two letters alone start a word in thousands of ticket titles, none a better answer than another,
 * and scoring them all took most of a keystroke's budget: they match tickets' names only as a whole
 * word (tickets are still found by key, `pa` → PAY-…), entities' names by prefix.
 */
export function termQuery(term: string, alone: boolean): Query {
  const prefix = term.length >= 3 || (alone && term.length >= 2);
  const fuzzy = term.length >= 4 && !isExactOnly(term) ? 0.2 : false;
  const text = { queries: [term], fields: TEXT_FIELDS, prefix: false, fuzzy: false };
  if (prefix && term.length < 3)
    return {
      combineWith: 'OR',
      queries: [
        { queries: [term], fields: NAME_FIELDS, prefix: true, boostDocument: notTicket },
        { queries: [term], fields: NAME_FIELDS, prefix: false, boostDocument: onlyTicket },
        text,
      ],
    };
  return {
    combineWith: 'OR',
    queries: [{ queries: [term], fields: NAME_FIELDS, prefix, fuzzy, maxFuzzy: 2 }, text],
  };
}
