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

  it('builds in chunks with the same result', async () => {
    const index = new SearchIndex();
    await index.updateInChunks(toSearchDocs(demoCorpus()), 5);
    expect(index.search('activaton')[0]?.doc.entityId).toBe('activation');
  });
});
