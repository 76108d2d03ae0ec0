import { describe, expect, it } from 'vitest';
import { isOpenableUrl, ticketKey, ticketUrl } from '../../../lib/search/ticket-url';

describe('ticket URLs', () => {
  it.each([
    ['jira:acme.atlassian.net/PAY-42', 'https://acme.atlassian.net/browse/PAY-42', 'PAY-42'],
    ['linear:acme/ENG-7', 'https://linear.app/acme/issue/ENG-7', 'ENG-7'],
    ['github:github.com/acme/app#42', 'https://github.com/acme/app/issues/42', 'acme/app#42'],
    [
      'github:ghe.example.com/team/web#7',
      'https://ghe.example.com/team/web/issues/7',
      'team/web#7',
    ],
    [
      'gitlab:gitlab.com/acme/web/app!17',
      'https://gitlab.com/acme/web/app/-/merge_requests/17',
      'acme/web/app!17',
    ],
    ['gitlab:gitlab.com/acme/app#5', 'https://gitlab.com/acme/app/-/issues/5', 'acme/app#5'],
  ])('builds the URL and key of %s from its id', (id, url, key) => {
    expect(ticketUrl(id)).toBe(url);
    expect(ticketKey(id)).toBe(key);
  });

  it('builds no URL for an id no tracker knows', () => {
    expect(ticketUrl('youtrack:acme.example.com/PAY-1')).toBeUndefined();
  });

  it('prefers the link’s own http(s) URL', () => {
    const stored = 'https://jira.example.com/jira/browse/DC-8';
    expect(ticketUrl('jira:jira.example.com/DC-8', stored)).toBe(stored);
  });

  it('never opens a URL that is not http(s)', () => {
    expect(ticketUrl('linear:acme/ENG-7', 'javascript:alert(1)')).toBe(
      'https://linear.app/acme/issue/ENG-7',
    );
    expect(isOpenableUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableUrl('data:text/html,hi')).toBe(false);
    expect(isOpenableUrl('https://linear.app/acme/issue/ENG-7')).toBe(true);
  });
});
