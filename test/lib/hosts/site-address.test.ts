import { describe, expect, it } from 'vitest';
import { parseSiteAddress } from '../../../lib/hosts/site-address';

describe('reading the address of a self-hosted site', () => {
  it.each([
    ['jira.example.com', 'https://jira.example.com'],
    ['  JIRA.Example.com  ', 'https://jira.example.com'],
    ['jira.example.com:8443', 'https://jira.example.com:8443'],
    ['https://jira.example.com/', 'https://jira.example.com'],
    [
      'https://jira.example.com:443/jira/browse/PAY-1?focusedCommentId=1#c',
      'https://jira.example.com',
    ],
    ['http://jira.corp.internal:8080/secure/Dashboard.jspa', 'http://jira.corp.internal:8080'],
    ['https://github.acme.com/acme/app/issues/1', 'https://github.acme.com'],
    ['10.1.2.3:8080', 'https://10.1.2.3:8080'],
    ['bücher.example', 'https://xn--bcher-kva.example'],
  ])('reads %j as %s', (input, origin) => {
    expect(parseSiteAddress(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'Type the address'],
    ['   ', 'Type the address'],
    ['jira example.com', 'no spaces'],
    ['ftp://jira.example.com', 'Only http and https'],
    ['file:///etc/passwd', 'Only http and https'],
    ['javascript:alert(1)', 'not a site address'],
    ['https://user:secret@jira.example.com', 'user name and password'],
    ['https://*.example.com', 'not valid'],
    ['https://[::1]:8080', 'not valid'],
    ['https://jira_example.com', 'not valid'],
    [`${'a'.repeat(250)}.example.com`, 'not valid'],
    ['github.com', 'works already'],
    ['https://acme.atlassian.net/browse/PAY-1', 'works already'],
    ['linear.app', 'works already'],
  ])('refuses %j with a message saying why', (input, message) => {
    const result = parseSiteAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
