import { describe, expect, it } from 'vitest';
import {
  keyOfTicketId,
  projectOfTicket,
  systemOfTicketId,
  urlOfTicketId,
} from '../../../lib/trackers/ticket-ids';

// What each tracker reads back from a canonical id: its key, its project and where it opens.
const TABLE = [
  {
    id: 'jira:acme.atlassian.net/PAY-42',
    key: 'PAY-42',
    project: 'PAY',
    label: 'Jira project PAY',
    prefixes: ['jira:acme.atlassian.net/PAY-'],
    url: 'https://acme.atlassian.net/browse/PAY-42',
  },
  {
    id: 'jira:jira.example.com/DATA_LAKE-7',
    key: 'DATA_LAKE-7',
    project: 'DATA_LAKE',
    label: 'Jira project DATA_LAKE',
    prefixes: ['jira:jira.example.com/DATA_LAKE-'],
    url: 'https://jira.example.com/browse/DATA_LAKE-7',
  },
  {
    id: 'linear:acme/ENG-7',
    key: 'ENG-7',
    project: 'ENG',
    label: 'Linear team ENG',
    prefixes: ['linear:acme/ENG-'],
    url: 'https://linear.app/acme/issue/ENG-7',
  },
  {
    id: 'github:github.com/acme/app#42',
    key: 'acme/app#42',
    project: 'acme/app',
    label: 'GitHub repository acme/app',
    prefixes: ['github:github.com/acme/app#'],
    url: 'https://github.com/acme/app/issues/42',
  },
  {
    id: 'github:ghe.example.com/team/my-web.app#3',
    key: 'team/my-web.app#3',
    project: 'team/my-web.app',
    label: 'GitHub repository team/my-web.app',
    prefixes: ['github:ghe.example.com/team/my-web.app#'],
    url: 'https://ghe.example.com/team/my-web.app/issues/3',
  },
  {
    id: 'gitlab:gitlab.com/acme/web/app!17',
    key: 'acme/web/app!17',
    project: 'acme/web/app',
    label: 'GitLab project acme/web/app',
    prefixes: ['gitlab:gitlab.com/acme/web/app#', 'gitlab:gitlab.com/acme/web/app!'],
    url: 'https://gitlab.com/acme/web/app/-/merge_requests/17',
  },
  {
    id: 'gitlab:gitlab.example.com/platform/api#5',
    key: 'platform/api#5',
    project: 'platform/api',
    label: 'GitLab project platform/api',
    prefixes: [
      'gitlab:gitlab.example.com/platform/api#',
      'gitlab:gitlab.example.com/platform/api!',
    ],
    url: 'https://gitlab.example.com/platform/api/-/issues/5',
  },
] as const;

describe.each(TABLE)('the ticket $id', ({ id, key, project, label, prefixes, url }) => {
  it(`is called ${key}`, () => expect(keyOfTicketId(id)).toBe(key));

  it(`belongs to ${label}, whose every ticket id starts with one of its prefixes`, () => {
    expect(projectOfTicket(id)).toMatchObject({ key: project, label, idPrefixes: prefixes });
    expect(prefixes.some((prefix) => id.startsWith(prefix))).toBe(true);
  });

  it(`opens at ${url}`, () => expect(urlOfTicketId(id)).toBe(url));
});

describe('a project’s id prefixes', () => {
  it('do not take in another project’s tickets', () => {
    const pay = projectOfTicket('jira:acme.atlassian.net/PAY-42')!;
    expect(pay.idPrefixes.some((p) => 'jira:acme.atlassian.net/PAYX-1'.startsWith(p))).toBe(false);
    const app = projectOfTicket('github:github.com/acme/app#42')!;
    expect(app.idPrefixes.some((p) => 'github:github.com/acme/app2#1'.startsWith(p))).toBe(false);
    const web = projectOfTicket('gitlab:gitlab.com/acme/web!1')!;
    for (const other of ['gitlab:gitlab.com/acme/web/app#1', 'gitlab:gitlab.com/acme/webapp!2'])
      expect(web.idPrefixes.some((p) => other.startsWith(p))).toBe(false);
  });
});

describe('something that is not a canonical ticket id', () => {
  it.each([
    'PAY-42',
    'jira:acme.atlassian.net/pay',
    'jira:jira.example.com:8443/PAY-42',
    'github:github.com/acme#1',
    'gitlab:gitlab.com/app#1',
    'gitlab:gitlab.com/Acme/App#1',
    'gitlab:gitlab.com/acme/app#0',
    'gitlab:gitlab.com/acme/app?1',
    'youtrack:acme.example.com/PAY-1',
    'toString:x',
    '__proto__:x',
  ])('%s has no tracker, key of its own, project or URL', (id) => {
    expect(systemOfTicketId(id)).toBeNull();
    expect(projectOfTicket(id)).toBeNull();
    expect(urlOfTicketId(id)).toBeUndefined();
    expect(keyOfTicketId(id)).toBe(id);
  });
});
