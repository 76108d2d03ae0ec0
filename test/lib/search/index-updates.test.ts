import { describe, expect, it } from 'vitest';
import { toSearchDocs } from '../../../lib/search/documents';
import { SearchIndex } from '../../../lib/search/search-index';
import { demoCorpus } from './demo-corpus';

describe('search index updates', () => {
  it('re-indexes only the documents that changed', () => {
    const corpus = demoCorpus();
    const index = new SearchIndex();
    expect(index.update(toSearchDocs(corpus))).toBe(index.size);
    expect(index.update(toSearchDocs(corpus))).toBe(0);

    const goals = corpus.goals.map((goal) =>
      goal.id === 'activation' ? { ...goal, title: 'Raise week-1 retention to 45%' } : goal,
    );
    // The goal, and the intents under it whose shown detail is the goal's title.
    expect(index.update(toSearchDocs({ ...corpus, goals }))).toBe(4);
    expect(index.search('retention')[0]?.doc.entityId).toBe('activation');
    expect(index.search('activation').map((hit) => hit.doc.entityId)).not.toContain('activation');
  });

  it('forgets deleted entities and cleared tags', () => {
    const corpus = demoCorpus();
    const index = new SearchIndex();
    index.update(toSearchDocs(corpus));
    const links = corpus.links.map((link) =>
      link.id === 'jira:acme.atlassian.net/PAY-42' ? { ...link, pending: 'clear' as const } : link,
    );
    index.update(toSearchDocs({ ...corpus, links, intents: [] }));
    expect(index.search('PAY-42').map((hit) => hit.doc.entityId)).not.toContain(
      'jira:acme.atlassian.net/PAY-42',
    );
    expect(index.search('guided setup').some((hit) => hit.doc.kind === 'intent')).toBe(false);
  });

  it('finds what a sync added with words searched just before it', () => {
    const corpus = demoCorpus();
    const index = new SearchIndex();
    index.update(toSearchDocs(corpus));
    expect(index.search('count quokkas')).toEqual([]);
    const goal = { ...corpus.goals[0]!, id: 'quokkas', title: 'Count the quokkas' };
    index.update(toSearchDocs({ ...corpus, goals: [...corpus.goals, goal] }));
    expect(index.search('count quokkas')[0]?.doc.entityId).toBe('quokkas');
    const without = corpus.goals.filter((g) => g.id !== corpus.goals[0]!.id);
    index.update(toSearchDocs({ ...corpus, goals: [...without, goal] }));
    expect(index.search('count quokkas')[0]?.doc.entityId).toBe('quokkas');
    index.update(toSearchDocs(corpus));
    expect(index.search('count quokkas')).toEqual([]);
  });

  it('builds in chunks with the same result', async () => {
    const index = new SearchIndex();
    await index.updateInChunks(toSearchDocs(demoCorpus()), 5);
    expect(index.search('activaton')[0]?.doc.entityId).toBe('activation');
  });
});
