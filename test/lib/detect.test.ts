import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, detectTicket } from '../../lib/detect';
import { TicketIdSchema } from '../../lib/schema/ticket-id';
import { examples as githubExamples } from '../../lib/trackers/github/url';
import { examples as jiraExamples } from '../../lib/trackers/jira/url';
import { examples as linearExamples } from '../../lib/trackers/linear/url';

const allExamples = [jiraExamples, linearExamples, githubExamples];

describe('detectTicket', () => {
  it('returns system, key, canonical id and host for a ticket on each tracker', () => {
    expect(detectTicket('https://acme.atlassian.net/browse/PAY-42')).toEqual({
      system: 'jira',
      key: 'PAY-42',
      id: 'jira:acme.atlassian.net/PAY-42',
      host: 'acme.atlassian.net',
    });
    expect(detectTicket('https://linear.app/acme/issue/ENG-7/fix-the-thing')).toEqual({
      system: 'linear',
      key: 'ENG-7',
      id: 'linear:acme/ENG-7',
      host: 'linear.app',
    });
    expect(detectTicket('https://github.com/Acme/App/pull/42/files')).toEqual({
      system: 'github',
      key: 'acme/app#42',
      id: 'github:github.com/acme/app#42',
      host: 'github.com',
    });
  });

  it('accepts a URL object as well as a string', () => {
    const url = new URL('https://github.com/acme/app/issues/42');
    expect(detectTicket(url)).toEqual(detectTicket(url.href));
    expect(detectTicket(url)?.id).toBe('github:github.com/acme/app#42');
  });

  it('accepts a URL-like object from another realm by its href', () => {
    const foreign = { href: 'https://linear.app/acme/issue/ENG-7' } as unknown as URL;
    expect(detectTicket(foreign)?.id).toBe('linear:acme/ENG-7');
  });

  it('upper-cases Jira and Linear keys and lower-cases hosts, workspaces, owners and repos', () => {
    expect(detectTicket('https://ACME.atlassian.net/browse/pay-42')?.key).toBe('PAY-42');
    expect(detectTicket('https://linear.app/Acme/issue/eng-7')?.id).toBe('linear:acme/ENG-7');
    expect(detectTicket('https://github.com/OctoLinker/TestRepo/issues/2')?.key).toBe(
      'octolinker/testrepo#2',
    );
  });

  it('agrees with every example URL of every tracker', () => {
    for (const { positive, negative } of allExamples) {
      for (const { url, id, options } of positive) {
        expect(detectTicket(url, options)?.id, url).toBe(id);
      }
      for (const example of negative) {
        const [url, options] =
          typeof example === 'string' ? [example, undefined] : [example.url, example.options];
        expect(detectTicket(url, options), url).toBeNull();
      }
    }
  });

  it('produces only ids that TicketIdSchema accepts', () => {
    for (const { positive } of allExamples) {
      for (const { url, options } of positive) {
        const id = detectTicket(url, options)?.id;
        expect(TicketIdSchema.safeParse(id).success, url).toBe(true);
      }
    }
  });

  describe('self-hosted trackers', () => {
    it('recognises a self-hosted Jira only when its host is listed', () => {
      const url = 'https://jira.example.com/browse/PAY-42';
      expect(detectTicket(url)).toBeNull();
      expect(detectTicket(url, { githubHosts: ['jira.example.com'] })).toBeNull();
      expect(detectTicket(url, { jiraHosts: ['jira.example.com'] })?.id).toBe(
        'jira:jira.example.com/PAY-42',
      );
    });

    it('reads a Jira issue under a context path and keeps the path out of the id', () => {
      expect(
        detectTicket('https://example.com/jira/browse/KEY-1', { jiraHosts: ['example.com'] }),
      ).toEqual({
        system: 'jira',
        key: 'KEY-1',
        id: 'jira:example.com/KEY-1',
        host: 'example.com',
      });
    });

    it('recognises GitHub Enterprise only when its host is listed', () => {
      const url = 'https://ghe.example.com/owner/repo/issues/5';
      expect(detectTicket(url)).toBeNull();
      expect(detectTicket(url, { githubHosts: ['ghe.example.com'] })).toEqual({
        system: 'github',
        key: 'owner/repo#5',
        id: 'github:ghe.example.com/owner/repo#5',
        host: 'ghe.example.com',
      });
    });

    it('compares listed hosts case-insensitively, on any port, and leaves the port out of the id', () => {
      const options = { jiraHosts: ['Jira.Example.COM:8443'] };
      for (const url of [
        'https://jira.example.com:8443/browse/PAY-1',
        'https://jira.example.com/browse/PAY-1',
        'http://jira.example.com:8080/browse/PAY-1',
      ]) {
        expect(detectTicket(url, options)?.id, url).toBe('jira:jira.example.com/PAY-1');
      }
      expect(detectTicket('https://jira.example.org:8443/browse/PAY-1', options)).toBeNull();
    });

    it('treats a listed host without a port as the default port, with or without a pasted scheme', () => {
      for (const entry of [
        'jira.example.com',
        'https://jira.example.com/',
        'jira.example.com:443',
      ]) {
        expect(
          detectTicket('https://jira.example.com/browse/PAY-1', { jiraHosts: [entry] })?.id,
          entry,
        ).toBe('jira:jira.example.com/PAY-1');
      }
    });

    it('accepts http on a listed self-hosted host but never for the cloud trackers', () => {
      expect(
        detectTicket('http://jira.corp.internal:8080/browse/PAY-1', {
          jiraHosts: ['jira.corp.internal:8080'],
        })?.id,
      ).toBe('jira:jira.corp.internal/PAY-1');
      expect(
        detectTicket('http://gitlab.corp.internal:8080/a/b/-/issues/1', {
          gitlabHosts: ['gitlab.corp.internal'],
        })?.id,
      ).toBe('gitlab:gitlab.corp.internal/a/b#1');
      expect(detectTicket('http://gitlab.com/a/b/-/issues/1')).toBeNull();
      expect(detectTicket('http://acme.atlassian.net/browse/PAY-1')).toBeNull();
      expect(detectTicket('http://linear.app/acme/issue/ENG-7')).toBeNull();
      expect(detectTicket('http://github.com/acme/app/issues/1')).toBeNull();
    });

    it('sees hosts added to or removed from the same options array between calls', () => {
      const options = { githubHosts: [] as string[] };
      const url = 'https://ghe.example.com/owner/repo/pull/5';
      expect(detectTicket(url, options)).toBeNull();
      options.githubHosts.push('ghe.example.com');
      expect(detectTicket(url, options)?.key).toBe('owner/repo#5');
      options.githubHosts[0] = 'other.example.com';
      expect(detectTicket(url, options)).toBeNull();
    });

    it('ignores option values that are not lists of strings', () => {
      const junk = { jiraHosts: 'jira.example.com', githubHosts: [42, null] } as never;
      expect(detectTicket('https://jira.example.com/browse/PAY-1', junk)).toBeNull();
      expect(detectTicket('https://acme.atlassian.net/browse/PAY-1', junk)?.key).toBe('PAY-1');
      expect(detectTicket('https://acme.atlassian.net/browse/PAY-1', null as never)?.key).toBe(
        'PAY-1',
      );
    });
  });

  describe('hostile and malformed input', () => {
    it.each([
      ['not a url'],
      [''],
      ['   '],
      ['https://'],
      ['https://[::1/browse/PAY-1'],
      ['javascript:alert(1)//https://acme.atlassian.net/browse/PAY-42'],
      ['javascript:location="https://github.com/acme/app/issues/1"'],
      ['data:text/html,https://linear.app/acme/issue/ENG-7'],
      ['file:///home/me/acme.atlassian.net/browse/PAY-42'],
      ['chrome-extension://abcdefghijklmnop/sidebar.html#ticket=github:github.com/acme/app%2342'],
      ['https://[::1]/acme/app/issues/1'],
    ])('returns null for %j', (input) => {
      expect(detectTicket(input)).toBeNull();
      expect(detectTicket(input, { jiraHosts: ['[::1]'], githubHosts: ['[::1]'] })).toBeNull();
    });

    it('returns null rather than throwing for inputs that are not strings or URLs', () => {
      for (const input of [undefined, null, 42, {}, { href: 42 }, []]) {
        expect(detectTicket(input as never)).toBeNull();
      }
    });

    it('returns null for a 1 MB query string, even on a ticket URL', () => {
      const huge = 'x'.repeat(1024 * 1024);
      expect(detectTicket(`https://acme.atlassian.net/browse/PAY-42?q=${huge}`)).toBeNull();
      expect(detectTicket(new URL(`https://github.com/acme/app/issues/1?q=${huge}`))).toBeNull();
      expect(detectTicket(`https://acme.atlassian.net/issues/?selectedIssue=${huge}`)).toBeNull();
    });

    it('still reads a ticket whose long JQL query stays under the length cap', () => {
      const jql = encodeURIComponent(`project = PAY AND text ~ "${'refund '.repeat(1000)}"`);
      const url = `https://acme.atlassian.net/issues/?jql=${jql}&selectedIssue=PAY-9`;
      expect(url.length).toBeLessThan(MAX_URL_LENGTH);
      expect(detectTicket(url)?.id).toBe('jira:acme.atlassian.net/PAY-9');
    });

    it('rejects oversized keys and ids instead of producing a non-canonical id', () => {
      const longKey = `A${'B'.repeat(300)}-1`;
      expect(detectTicket(`https://acme.atlassian.net/browse/${longKey}`)).toBeNull();
      const longHost = `${'a'.repeat(60)}.`.repeat(4) + 'example.com';
      expect(
        detectTicket(`https://${longHost}/browse/${'P'.repeat(250)}-1`, { jiraHosts: [longHost] }),
      ).toBeNull();
    });

    it('rejects hostile project pane values', () => {
      const pane = 'https://github.com/orgs/acme/projects/7?pane=issue&issue=';
      for (const issue of [
        '|'.repeat(10_000),
        'acme%7C..%7C1',
        'acme%7Capp%23x%7C1',
        'acme%7Capp%7C1%23',
        '%00%7Capp%7C1',
      ]) {
        expect(detectTicket(pane + issue), issue).toBeNull();
      }
    });
  });
});
