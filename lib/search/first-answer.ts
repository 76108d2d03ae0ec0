import type { StoredLink } from '../db/database';
import { ticketDoc, type SearchDoc } from './documents';
import type { EntitySnapshot } from './entity-snapshot';
import type { MatchKind, SearchHit } from './search-index';
import { normalizeTerm, queryTerms } from './terms';

/**
 * The answer of a worker that is still building its index (lib/search/worker-search.ts): the
 * entities whose title or owner has a word starting with each word of the query (two letters
 * alone are a prefix; beside other words they must be a whole word, as in the index), those with
 * whole words and shorter titles first; no typos forgiven yet. If no entity has every word, those
 * with the most of them. The popup asks again until the index answers in full.
 */
export function entityHits(snapshot: EntitySnapshot, query: string): SearchHit[] {
  const terms = queryTerms(query).flatMap((term) => normalizeTerm(term) ?? []);
  if (terms.length === 0) return [];
  const wholeOnly = (term: string) => terms.length > 1 && term.length < 3;
  const all: SearchHit[] = [];
  const some: SearchHit[] = [];
  snapshot.words.forEach((words, i) => {
    let matched = 0;
    let whole = 0;
    for (const term of terms) {
      const found = wordMatch(words, term);
      if (!found || (found === 'prefix' && wholeOnly(term))) continue;
      matched += 1;
      if (found === 'whole') whole += 1;
    }
    if (matched === 0) return;
    const doc = snapshot.doc(i);
    // Words matched, then whole words, then shorter titles (a tie-break below one whole word).
    const score = matched * 2 + whole + 1 / (2 + doc.title.length);
    (matched === terms.length ? all : some).push({ doc, score, match: 'text' });
  });
  const found = all.length > 0 ? all : some;
  return found.sort((a, b) => b.score - a.score);
}

/** Whether `term` is one of the space-led `words`, or only starts one. */
function wordMatch(words: string, term: string): 'whole' | 'prefix' | undefined {
  const needle = ` ${term}`;
  let found: 'prefix' | undefined;
  for (let at = words.indexOf(needle); at >= 0; at = words.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (end === words.length || words[end] === ' ') return 'whole';
    found = 'prefix';
  }
  return found;
}

/**
 * Tickets found by key while the index is built: exactly, then by the start of their key,
 * shortest keys first (as `TicketKeys.withPrefix`). `detailOf` names a link's intent or bucket.
 */
export function ticketHits(
  found: { exact: readonly StoredLink[]; prefixed: readonly StoredLink[] },
  prefixMatch: MatchKind,
  detailOf: (link: StoredLink) => string | undefined,
): SearchHit[] {
  const hits: SearchHit[] = found.exact.map((link) => ({
    doc: ticketDoc(link, detailOf(link)),
    score: 1,
    match: 'exact-key',
  }));
  const seen = new Set(hits.map((hit) => hit.doc.id));
  const prefixed = found.prefixed
    .map((link): SearchDoc => ticketDoc(link, detailOf(link)))
    .filter((doc) => !seen.has(doc.id))
    .sort((a, b) => (a.key ?? '').length - (b.key ?? '').length);
  prefixed.forEach((doc, i) => hits.push({ doc, score: prefixed.length - i, match: prefixMatch }));
  return hits;
}
