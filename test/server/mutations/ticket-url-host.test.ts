import { describe, expect, it } from 'vitest';
import { whyUrlIsNotTicketHost } from '../../../server/mutations/ticket-url-host';

const allowed = (id: string, url: string) => whyUrlIsNotTicketHost(id, url) === null;

describe('whyUrlIsNotTicketHost', () => {
  it('accepts a Jira URL on the id host, with or without a port', () => {
    expect(
      allowed('jira:acme.atlassian.net/PAY-42', 'https://acme.atlassian.net/browse/PAY-42'),
    ).toBe(true);
    expect(
      allowed('jira:jira.acme.internal/PAY-1', 'http://jira.acme.internal:8443/browse/PAY-1'),
    ).toBe(true);
  });

  it('refuses a URL on another host, a look-alike host and userinfo tricks', () => {
    for (const url of [
      'https://evil.example/login',
      'https://acme.atlassian.net.evil.example/browse/PAY-42',
      'https://evil.example/acme.atlassian.net/',
      'https://acme.atlassian.net@evil.example/',
      'https://other.atlassian.net/browse/PAY-42',
    ])
      expect(whyUrlIsNotTicketHost('jira:acme.atlassian.net/PAY-42', url)).toMatch(
        /must be on acme\.atlassian\.net/,
      );
  });

  it('refuses anything but http(s)', () => {
    expect(whyUrlIsNotTicketHost('github:github.com/acme/app#4', 'javascript:alert(1)')).toBe(
      'A ticket URL must be http(s)',
    );
    expect(whyUrlIsNotTicketHost('github:github.com/acme/app#4', 'ftp://github.com/x')).toBe(
      'A ticket URL must be http(s)',
    );
    expect(whyUrlIsNotTicketHost('github:github.com/acme/app#4', 'not a url')).toMatch(/not a URL/);
  });

  it('holds GitHub and GitLab URLs to the id host', () => {
    expect(allowed('github:github.com/acme/app#4', 'https://github.com/acme/app/issues/4')).toBe(
      true,
    );
    expect(allowed('github:github.com/acme/app#4', 'https://gist.github.com/x')).toBe(false);
    expect(
      allowed(
        'gitlab:gitlab.com/acme/web/app!17',
        'https://gitlab.com/acme/web/app/-/merge_requests/17',
      ),
    ).toBe(true);
    expect(
      allowed('gitlab:git.acme.dev/acme/app#3', 'https://git.acme.dev:8443/acme/app/-/issues/3'),
    ).toBe(true);
    expect(
      allowed('gitlab:git.acme.dev/acme/app#3', 'https://gitlab.com/acme/app/-/issues/3'),
    ).toBe(false);
  });

  it('holds Linear URLs to https://linear.app/<workspace>/', () => {
    expect(allowed('linear:acme/ENG-7', 'https://linear.app/acme/issue/ENG-7/a-title')).toBe(true);
    expect(allowed('linear:acme/ENG-7', 'https://linear.app/other/issue/ENG-7')).toBe(false);
    expect(allowed('linear:acme/ENG-7', 'http://linear.app/acme/issue/ENG-7')).toBe(false);
    expect(allowed('linear:acme/ENG-7', 'https://linear.app:444/acme/issue/ENG-7')).toBe(false);
    expect(allowed('linear:acme/ENG-7', 'https://acme.linear.app/acme/issue/ENG-7')).toBe(false);
    expect(whyUrlIsNotTicketHost('linear:acme/ENG-7', 'https://evil.example/acme/')).toBe(
      'The URL of linear:acme/ENG-7 must start with https://linear.app/acme/',
    );
  });

  it('refuses an id of a tracker it does not know', () => {
    expect(whyUrlIsNotTicketHost('trac:x.example/1', 'https://x.example/1')).toMatch(
      /Unknown tracker/,
    );
  });
});
