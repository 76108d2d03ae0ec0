import { describe, expect, it } from 'vitest';
import { toSearchDocs, type SearchCorpus } from '../../../lib/search/documents';
import { groupByKind } from '../../../lib/search/group-results';
import { SearchIndex } from '../../../lib/search/search-index';
import { demoCorpus } from './demo-corpus';

function demoIndex(corpus: SearchCorpus = demoCorpus()): SearchIndex {
  const index = new SearchIndex();
  index.update(toSearchDocs(corpus));
  return index;
}

const titles = (index: SearchIndex, query: string) =>
  index.search(query).map((hit) => hit.doc.title || hit.doc.key);

describe('popup search ranking', () => {
  const index = demoIndex();

  it('finds the activation goal from a misspelt word', () => {
    const [first] = index.search('activaton');
    expect(first?.doc).toMatchObject({ kind: 'goal', title: 'Raise week-1 activation to 45%' });
  });

  it('finds an intent from the start of a word', () => {
    const [first] = index.search('guid');
    expect(first?.doc).toMatchObject({ kind: 'intent', entityId: 'guided-setup' });
  });

  it('finds an intent from a partial, misspelt pair of words', () => {
    expect(titles(index, 'guided setp')[0]).toBe('Guided setup for new workspaces');
  });

  it('puts a Jira ticket first when its key is typed, whatever the case', () => {
    for (const query of ['PAY-42', 'pay-42']) {
      const [first] = index.search(query);
      expect(first).toMatchObject({ match: 'exact-key' });
      expect(first?.doc.entityId).toBe('jira:acme.atlassian.net/PAY-42');
      expect(groupByKind(index.search(query))[0]?.kind).toBe('ticket');
    }
  });

  it('puts a GitHub ticket first when its owner/repo#number is typed', () => {
    const [first] = index.search('acme/app#42');
    expect(first?.doc.entityId).toBe('github:github.com/acme/app#42');
    expect(first?.match).toBe('exact-key');
  });

  it('finds a ticket from its pasted URL', () => {
    const [first] = index.search('https://linear.app/acme/issue/ENG-7/shard-the-tests');
    expect(first?.doc.entityId).toBe('linear:acme/ENG-7');
  });

  it('lists the tickets of a project from a key prefix, shortest keys first', () => {
    const keys = index
      .search('PAY-4')
      .filter((hit) => hit.doc.kind === 'ticket')
      .map((hit) => hit.doc.key);
    expect(keys).toEqual(['PAY-42', 'PAY-43']);
  });

  it('finds an intent through its goal’s title, below the goal itself', () => {
    const hits = index.search('week-1 activation');
    expect(hits[0]?.doc).toMatchObject({ kind: 'goal', entityId: 'activation' });
    const intents = hits.filter((hit) => hit.doc.kind === 'intent').map((hit) => hit.doc.entityId);
    expect(intents).toEqual(
      expect.arrayContaining(['guided-setup', 'sample-data', 'invite-teammates']),
    );
  });

  it('finds an intent through its mission’s title', () => {
    const intents = index
      .search('self-serve default path')
      .filter((hit) => hit.doc.kind === 'intent')
      .map((hit) => hit.doc.entityId);
    expect(intents).toEqual(expect.arrayContaining(['guided-setup', 'in-app-upgrade']));
  });

  it('ranks a title match above a summary match', () => {
    const corpus = demoCorpus();
    const [first, second] = corpus.intents;
    const custom = demoIndex({
      ...corpus,
      intents: [
        {
          ...first!,
          title: 'Retire the old mailer',
          summary: 'Quokka emails move to the new one.',
        },
        { ...second!, title: 'Quokka emails that people read', summary: undefined },
      ],
    });
    expect(titles(custom, 'quokka').slice(0, 2)).toEqual([
      'Quokka emails that people read',
      'Retire the old mailer',
    ]);
  });

  it('finds a goal by its owner, accents or not', () => {
    for (const query of ['tomas', 'Tomás']) {
      const goals = index.search(query).filter((hit) => hit.doc.kind === 'goal');
      expect(goals.map((hit) => hit.doc.entityId)).toContain('payment-success');
    }
  });

  it('still finds what the other words match when one word matches nothing', () => {
    expect(titles(index, 'zzqx activation')).toContain('Raise week-1 activation to 45%');
  });

  it('matches two letters at the start of entities’ words, but tickets’ titles only whole', () => {
    const corpus = demoCorpus();
    const [first, second] = corpus.links;
    const custom = demoIndex({
      ...corpus,
      links: [
        { ...first!, title: 'Guard the webhook retries' },
        { ...second!, title: 'Gu is a word here' },
      ],
    });
    const hits = custom.search('gu');
    expect(
      hits.some((hit) => hit.doc.kind === 'intent' && hit.doc.entityId === 'guided-setup'),
    ).toBe(true);
    const tickets = hits.filter((hit) => hit.doc.kind === 'ticket').map((hit) => hit.doc.id);
    expect(tickets).toEqual([`ticket:${second!.id}`]);
    // From three letters, ticket titles match by prefix too.
    expect(custom.search('gua').map((hit) => hit.doc.id)).toContain(`ticket:${first!.id}`);
  });

  it('answers nothing to one character or to stop words alone', () => {
    expect(index.search('a')).toEqual([]);
    expect(index.search('the to')).toEqual([]);
  });

  it('keeps only the kinds asked for, still finding intents through their goals', () => {
    const hits = index.search('activation', { kinds: ['intent', 'bucket'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => hit.doc.kind))).toEqual(new Set(['intent']));
  });

  it('gives the same best few of each kind when asked for only those', () => {
    const queries = ['activation', 'guided setp', 'pay', 'PAY-4', 'self-serve default path', 'se'];
    for (const query of queries)
      for (const perKind of [1, 2, 5])
        expect(groupByKind(index.search(query, { perKind }), perKind)).toEqual(
          groupByKind(index.search(query), perKind),
        );
  });

  it('groups results by kind, best group first, a few of each', () => {
    const groups = groupByKind(index.search('activation'), 2);
    expect(groups[0]?.kind).toBe('goal');
    expect(groups.every((group) => group.hits.length <= 2)).toBe(true);
    expect(groups.map((group) => group.label)).toContain('Intents');
  });
});
