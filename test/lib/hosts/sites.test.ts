import { describe, expect, it } from 'vitest';
import { detectTicket } from '../../../lib/detect';
import {
  hostOptions,
  originPattern,
  readSites,
  storedSites,
  type SelfHostedSite,
} from '../../../lib/hosts/sites';

const JIRA: SelfHostedSite = { system: 'jira', origin: 'https://jira.example.com:8443' };
const GHE: SelfHostedSite = { system: 'github', origin: 'http://ghe.corp.internal' };

describe('the stored list of self-hosted sites', () => {
  it('round-trips through storage', () => {
    expect(readSites(JSON.parse(JSON.stringify(storedSites([JIRA, GHE]))))).toEqual([JIRA, GHE]);
  });

  it('drops whatever is not a well-formed site, and survives garbage', () => {
    for (const junk of [undefined, null, 42, 'x', [], { sites: 'x' }, { sites: [null, 1, {}] }]) {
      expect(readSites(junk)).toEqual([]);
    }
    expect(
      readSites({
        sites: [
          JIRA,
          { system: 'Jira!', origin: 'https://jira.example.net' },
          { system: 42, origin: 'https://jira.example.net' },
          { system: 'jira', origin: 'https://jira.example.com/path' },
          { system: 'jira', origin: 'https://user@jira.example.com' },
          { system: 'jira', origin: 'javascript:alert(1)' },
        ],
      }),
    ).toEqual([JIRA]);
  });

  it('keeps one site per hostname from a list stored when ports were part of a site', () => {
    const sameHost = { system: 'jira', origin: 'https://jira.example.com' };
    expect(readSites({ sites: [JIRA, sameHost, GHE] })).toEqual([JIRA, GHE]);
  });

  it('asks for a permission pattern without the port, since patterns match every port', () => {
    expect(originPattern(JIRA)).toBe('https://jira.example.com/*');
    expect(originPattern(GHE)).toBe('http://ghe.corp.internal/*');
  });

  it('turns the sites into detection options that recognise their tickets', () => {
    const options = hostOptions([JIRA, GHE]);
    expect(options).toEqual({
      jiraHosts: ['jira.example.com'],
      githubHosts: ['ghe.corp.internal'],
    });
    expect(detectTicket('https://jira.example.com:8443/jira/browse/PAY-1', options)?.id).toBe(
      'jira:jira.example.com/PAY-1',
    );
    expect(detectTicket('https://jira.example.com/browse/PAY-1', options)?.id).toBe(
      'jira:jira.example.com/PAY-1',
    );
    expect(detectTicket('http://ghe.corp.internal/acme/app/pull/5', options)?.id).toBe(
      'github:ghe.corp.internal/acme/app#5',
    );
    expect(detectTicket('https://jira.example.org/browse/PAY-1', options)).toBeNull();
  });

  it('lists GitLab self-managed sites for GitLab detection only', () => {
    const options = hostOptions([{ system: 'gitlab', origin: 'https://gitlab.example.com:8443' }]);
    expect(options).toEqual({ gitlabHosts: ['gitlab.example.com'] });
    expect(detectTicket('https://gitlab.example.com/a/b/-/merge_requests/3', options)?.id).toBe(
      'gitlab:gitlab.example.com/a/b!3',
    );
    expect(detectTicket('https://gitlab.example.com/a/b/issues/3', options)).toBeNull();
  });
});
