import { describe, expect, it } from 'vitest';
import { LinkKeyIndex } from '../../../lib/db/link-key-index';

describe('the linked tickets by key', () => {
  it('gives back every id under the key a title names it with, on each tracker', () => {
    const index = new LinkKeyIndex();
    const ids = [
      'jira:acme.atlassian.net/PAY-42',
      'jira:jira.acme.com/PAY-42',
      'linear:acme/ENG-7',
      'github:github.com/acme/app#42',
      'gitlab:gitlab.com/acme/web/app!17',
    ];
    for (const id of ids) index.add(id);
    expect(index.size).toBe(5);
    expect(index.idsFor('pay-42')).toEqual(ids.slice(0, 2));
    expect(index.idsFor('eng-7')).toEqual(['linear:acme/ENG-7']);
    expect(index.idsFor('acme/app#42')).toEqual(['github:github.com/acme/app#42']);
    expect(index.idsFor('acme/web/app!17')).toEqual(['gitlab:gitlab.com/acme/web/app!17']);
    expect(index.idsFor('pay-43')).toEqual([]);
    for (const id of ids) expect(index.has(id)).toBe(true);
    expect(index.has('jira:other.atlassian.net/PAY-42')).toBe(false);
  });

  it('counts an id once however often it is added, and forgets it once deleted', () => {
    const index = new LinkKeyIndex();
    index.add('jira:acme.atlassian.net/PAY-42');
    index.add('jira:acme.atlassian.net/PAY-42');
    index.add('jira:jira.acme.com/PAY-42');
    expect(index.size).toBe(2);
    index.delete('jira:acme.atlassian.net/PAY-42');
    index.delete('jira:acme.atlassian.net/PAY-42');
    index.delete('jira:never.seen/PAY-42');
    expect(index.size).toBe(1);
    expect(index.idsFor('pay-42')).toEqual(['jira:jira.acme.com/PAY-42']);
    index.delete('jira:jira.acme.com/PAY-42');
    expect(index.size).toBe(0);
    expect(index.idsFor('pay-42')).toEqual([]);
  });

  it('keeps whole an id that its key and start would not give back exactly', () => {
    const index = new LinkKeyIndex();
    index.add('Odd-Id'); // no tracker's: its key is itself, in mixed case
    expect(index.idsFor('odd-id')).toEqual(['Odd-Id']);
    expect(index.has('Odd-Id')).toBe(true);
    index.delete('Odd-Id');
    expect(index.size).toBe(0);
  });
});
