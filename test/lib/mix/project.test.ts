import { describe, expect, it } from 'vitest';
import { projectOfTicket } from '../../../lib/mix/project';

describe('a ticket’s project', () => {
  it.each([
    ['jira:acme.atlassian.net/PAY-42', 'PAY', 'Jira project PAY', 'jira:acme.atlassian.net/PAY-'],
    [
      'jira:jira.example.com:8443/DATA_LAKE-7',
      'DATA_LAKE',
      'Jira project DATA_LAKE',
      'jira:jira.example.com:8443/DATA_LAKE-',
    ],
    ['linear:acme/ENG-7', 'ENG', 'Linear team ENG', 'linear:acme/ENG-'],
    [
      'github:github.com/acme/app#42',
      'acme/app',
      'GitHub repository acme/app',
      'github:github.com/acme/app#',
    ],
    [
      'github:ghe.example.com/team/my-web.app#3',
      'team/my-web.app',
      'GitHub repository team/my-web.app',
      'github:ghe.example.com/team/my-web.app#',
    ],
  ])('of %s is %s', (id, key, label, idPrefix) => {
    expect(projectOfTicket(id)).toMatchObject({ key, label, idPrefix });
    expect(id.startsWith(idPrefix)).toBe(true);
  });

  it('does not let one project’s prefix take in another’s tickets', () => {
    const pay = projectOfTicket('jira:acme.atlassian.net/PAY-42')!;
    expect('jira:acme.atlassian.net/PAYX-1'.startsWith(pay.idPrefix)).toBe(false);
    const app = projectOfTicket('github:github.com/acme/app#42')!;
    expect('github:github.com/acme/app2#1'.startsWith(app.idPrefix)).toBe(false);
  });

  it('is null for something that is not a canonical ticket id', () => {
    expect(projectOfTicket('PAY-42')).toBeNull();
    expect(projectOfTicket('jira:acme.atlassian.net/pay')).toBeNull();
  });
});
