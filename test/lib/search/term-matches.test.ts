import MiniSearch, { type Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { toSearchDocs, type SearchDoc } from '../../../lib/search/documents';
import { INDEX_OPTIONS, termQuery } from '../../../lib/search/query-plan';
import { TermMatches } from '../../../lib/search/term-matches';
import { demoCorpus } from './demo-corpus';

/** What one MiniSearch query of every word gives: those matching all words, else any. */
function oneQuery(mini: MiniSearch<SearchDoc>, terms: string[]) {
  const query: Query = {
    combineWith: 'OR',
    queries: terms.map((term) => termQuery(term, terms.length === 1)),
  };
  const any = mini.search(query);
  const all = any.filter((result) => result.queryTerms.length === terms.length);
  return (all.length > 0 ? all : any).map(({ id, score }) => ({ id: String(id), score }));
}

describe('matching a query word by word', () => {
  const mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  mini.addAll(toSearchDocs(demoCorpus()));

  it('finds and scores what one query of all the words would', () => {
    const matches = new TermMatches(mini);
    const queries = [
      ['activation'],
      ['week-1', 'activation'],
      ['guided', 'setp'],
      ['self-serve', 'default', 'path'],
      ['zzqx', 'activation'],
      ['payment', 'se'],
      ['se'],
    ];
    for (const terms of queries) {
      const expected = oneQuery(mini, terms);
      const found = matches.search(terms, '', undefined);
      expect(found.map((match) => match.id)).toEqual(expected.map((match) => match.id));
      found.forEach((match, i) => expect(match.score).toBeCloseTo(expected[i]!.score, 9));
    }
  });

  it('finds a word searched before in a document indexed since', () => {
    const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
    index.addAll(toSearchDocs(demoCorpus()));
    const matches = new TermMatches(index);
    expect(matches.search(['quokkas', 'count'], '', undefined)).toEqual([]);
    index.add({ id: 'goal:q', kind: 'goal', entityId: 'q', title: 'Count the quokkas' });
    matches.clear();
    expect(matches.search(['quokkas', 'count'], '', undefined).map((m) => m.id)).toEqual([
      'goal:q',
    ]);
  });
});
