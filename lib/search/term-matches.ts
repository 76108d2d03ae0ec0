import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { SearchDoc } from './documents';
import { termQuery } from './query-plan';

/** A document that matched, and how well (MiniSearch's score). */
export interface TextMatch {
  id: string;
  score: number;
}

interface Matched {
  list: TextMatch[];
  /** Made only when another word's matches are combined with these. */
  byId?: Map<string, number>;
}

const scoresById = (matched: Matched) =>
  (matched.byId ??= new Map(matched.list.map((match) => [match.id, match.score])));

/**
 * Each query word's matches, kept from one question to the next: typing a query one letter at a
 * time changes only its last word, so the words before it are searched once, not on every
 * keystroke (on a common word that is thousands of documents scored each time). Forgotten
 * whenever the index changes.
 */
export class TermMatches {
  private kept = new Map<string, Matched>();

  constructor(private readonly mini: MiniSearch<SearchDoc>) {}

  /** To call whenever a document is added to or removed from the index. */
  clear(): void {
    this.kept.clear();
  }

  /**
   * Documents matching every word, best first, scored as MiniSearch scores a query of them all
   * (the sum of each word's score, times the number of words); if none matches them all, those
   * matching any, scored the same way by the words they match. `scope` names what `filter` keeps.
   */
  search(
    terms: readonly string[],
    scope: string,
    filter: ((result: SearchResult) => boolean) | undefined,
  ): TextMatch[] {
    const unique = [...new Set(terms)];
    const alone = unique.length === 1;
    const used = new Map<string, Matched>();
    const lists = unique.map((term) => {
      // Being the only word changes how two letters match (query-plan.ts), nothing else.
      const key = `${scope}\u0000${alone && term.length === 2 ? 1 : 0}\u0000${term}`;
      let matched = this.kept.get(key);
      if (!matched) {
        // Document ids are strings (`goal:activation`): the results are TextMatches as they are.
        matched = { list: this.mini.search(termQuery(term, alone), { filter }) as TextMatch[] };
      }
      used.set(key, matched);
      return matched;
    });
    // Only what this question used: the next keystroke reuses at most these.
    this.kept = used;
    return combine(lists);
  }
}

function combine(lists: readonly Matched[]): TextMatch[] {
  if (lists.length === 1) return lists[0]!.list;
  const byScore = (a: TextMatch, b: TextMatch) => b.score - a.score;
  const [smallest] = [...lists].sort((a, b) => a.list.length - b.list.length);
  // A word that matches nothing (the one being typed, often) leaves nothing to intersect.
  const maps = smallest!.list.length > 0 ? lists.map(scoresById) : [];
  const all: TextMatch[] = [];
  for (const { id } of smallest!.list) {
    let sum = 0;
    for (const byId of maps) {
      const score = byId.get(id);
      if (score === undefined) {
        sum = Number.NaN;
        break;
      }
      sum += score;
    }
    if (!Number.isNaN(sum)) all.push({ id, score: sum * lists.length });
  }
  if (all.length > 0) return all.sort(byScore);
  const matching = lists.filter(({ list }) => list.length > 0);
  // One word matching: its own matches, already best first.
  if (matching.length <= 1) return matching[0]?.list ?? [];
  const any = new Map<string, { sum: number; count: number }>();
  for (const { list } of matching)
    for (const { id, score } of list) {
      const current = any.get(id);
      if (current) {
        current.sum += score;
        current.count += 1;
      } else any.set(id, { sum: score, count: 1 });
    }
  return [...any].map(([id, { sum, count }]) => ({ id, score: sum * count })).sort(byScore);
}
