import { describe, expect, it } from 'vitest';
import { idsOnPageHost } from '../../../lib/marks/ids-on-page-host';

const list = (url: string, frameId = 0) => ({ url, frameId, tab: { id: 1, url } });

describe('marks sender rule: ids on the asking page’s own tracker host', () => {
  it('accepts tickets of the list page’s own host', () => {
    const sender = list('https://github.com/acme/app/issues?q=is%3Aopen');
    expect(
      idsOnPageHost(sender, ['github:github.com/acme/app#1', 'github:github.com/other/lib#9'], {}),
    ).toBe(true);
    expect(
      idsOnPageHost(list('https://linear.app/acme/team/ENG/active'), ['linear:acme/ENG-7'], {}),
    ).toBe(true);
    expect(
      idsOnPageHost(
        list('https://acme.atlassian.net/jira/software/projects/PAY/boards/1'),
        ['jira:acme.atlassian.net/PAY-42'],
        {},
      ),
    ).toBe(true);
  });

  it('refuses a request that names one ticket of another host or tracker', () => {
    const sender = list('https://github.com/acme/app/issues');
    expect(
      idsOnPageHost(sender, ['github:github.com/acme/app#1', 'jira:acme.atlassian.net/PAY-42'], {}),
    ).toBe(false);
    expect(idsOnPageHost(sender, ['github:github.example.com/acme/app#1'], {})).toBe(false);
    expect(
      idsOnPageHost(
        list('https://acme.atlassian.net/browse/PAY-1'),
        ['jira:other.atlassian.net/PAY-42'],
        {},
      ),
    ).toBe(false);
  });

  it('accepts a self-hosted site’s tickets only when the site is listed', () => {
    const sender = list('https://jira.example.com:8443/secure/RapidBoard.jspa?rapidView=1');
    const id = 'jira:jira.example.com/OPS-3';
    expect(idsOnPageHost(sender, [id], {})).toBe(false);
    expect(idsOnPageHost(sender, [id], { jiraHosts: ['jira.example.com'] })).toBe(true);
  });

  it('reads a sub-frame’s own URL only, and refuses a sender without one', () => {
    const frame = {
      url: 'https://evil.example/',
      frameId: 3,
      tab: { id: 1, url: 'https://github.com/acme/app/issues' },
    };
    expect(idsOnPageHost(frame, ['github:github.com/acme/app#1'], {})).toBe(false);
    expect(idsOnPageHost({ frameId: 0 }, ['github:github.com/acme/app#1'], {})).toBe(false);
  });

  it('accepts the tab’s URL for a top frame whose own URL lags a navigation', () => {
    const sender = {
      url: 'https://example.org/',
      frameId: 0,
      tab: { url: 'https://github.com/acme/app/pulls' },
    };
    expect(idsOnPageHost(sender, ['github:github.com/acme/app#1'], {})).toBe(true);
  });
});
