import { afterEach, describe, expect, it } from 'vitest';
import { githubTracker } from '../../../../lib/trackers/github';
import { gitlabTracker } from '../../../../lib/trackers/gitlab';
import { jiraTracker } from '../../../../lib/trackers/jira';
import { linearTracker } from '../../../../lib/trackers/linear';
import type { TicketSummary } from '../../../../lib/summary/ticket-summary';
import { marksWorld } from './marks-world';

const KTLO = { name: 'Keep the lights on', color: '#f59e0b' };
const NEW = { name: 'New capabilities', color: '#4f46e5' };
const context = (summaries: TicketSummary[]) => new Map(summaries.map((s) => [s.ticketId, s]));

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('marks on boards and lists', () => {
  it('marks each GitHub list row once per ticket with context, beside its first link, and nothing else', async () => {
    const world = marksWorld(
      'github.com/acme/app/issues.html',
      'https://github.com/acme/app/issues',
      githubTracker,
      context([
        { ticketId: 'github:github.com/acme/app#42', bucket: KTLO, from: 'tagged' },
        {
          ticketId: 'github:github.com/acme/app#57',
          bucket: NEW,
          goal: 'Deploy to production ten times a day',
          from: 'tagged',
        },
        {
          ticketId: 'github:github.com/acme/app#64',
          bucket: NEW,
          goal: 'Monthly value',
          from: 'tagged',
        },
        {
          ticketId: 'github:github.com/acme/billing#7',
          bucket: NEW,
          goal: 'Lift payment success rate to 98.5%',
          source: 'By rule: Billing repository serves smart retries',
          from: 'rule',
        },
      ]),
    );
    close = world.close;
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([
        ['/acme/app/issues/42', 'Keep the lights on'],
        ['/acme/app/issues/57', 'New capabilities — Deploy to production ten times a day'],
        ['/acme/app/pull/64', 'New capabilities — Monthly value'],
        [
          '/acme/billing/issues/7',
          'New capabilities — Lift payment success rate to 98.5% (By rule: Billing repository serves smart retries)',
        ],
      ]);
    // Asked once, for the tickets the page shows on its own host: no comment, label, milestone,
    // commit, settings or other host's link.
    expect(world.asked).toHaveLength(1);
    expect([...world.asked[0]!].sort()).toEqual([
      'github:github.com/acme/app#42',
      'github:github.com/acme/app#57',
      'github:github.com/acme/app#61',
      'github:github.com/acme/app#64',
      'github:github.com/acme/app#99',
      'github:github.com/acme/billing#7',
    ]);
    // With each ticket's title as its first link reads, for rules on title words and mentions.
    expect(world.titles[0]?.get('github:github.com/acme/app#57')).toBe(
      'Move the mailer off the legacy job queue',
    );
    expect(world.titles[0]?.get('github:github.com/acme/app#64')).toBe('pull request #64');
  });

  it('keeps a hostile bucket name as text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const world = marksWorld(
      'github.com/acme/app/issues.html',
      'https://github.com/acme/app/issues',
      githubTracker,
      context([
        {
          ticketId: 'github:github.com/acme/app#42',
          bucket: { name: hostile, color: 'red;x:y' },
          goal: hostile,
        },
      ]),
    );
    close = world.close;
    await expect.poll(() => world.drawn().length).toBe(1);
    const [mark] = world.drawn();
    expect(mark?.text).toBe(hostile);
    expect(mark?.name).toBe(`${hostile} — ${hostile}`);
    expect(mark?.elements).toEqual([]);
    expect((world.win as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('marks a Jira card once however many links to its issue it holds; comment anchors get none', async () => {
    const world = marksWorld(
      'atlassian.net/jira/software/projects/PAY/boards/2.html',
      'https://acme.atlassian.net/jira/software/projects/PAY/boards/2',
      jiraTracker,
      context([
        {
          ticketId: 'jira:acme.atlassian.net/PAY-42',
          bucket: NEW,
          goal: 'Lift payment success',
          from: 'tagged',
        },
        { ticketId: 'jira:acme.atlassian.net/PAY-43', bucket: NEW, goal: 'SEPA', from: 'tagged' },
        { ticketId: 'jira:acme.atlassian.net/OPS-80', noFit: true, from: 'tagged' },
      ]),
    );
    close = world.close;
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([
        ['/browse/PAY-42', 'New capabilities — Lift payment success'],
        ['/browse/PAY-43', 'New capabilities — SEPA'],
        ['/browse/OPS-80', 'No intent fits'],
      ]);
  });

  it('gives a recycled row of a virtualised list the mark of the ticket it now shows', async () => {
    const world = marksWorld(
      'linear.app/acme/team/ENG/active.html',
      'https://linear.app/acme/team/ENG/active',
      linearTracker,
      context([
        {
          ticketId: 'linear:acme/ENG-7',
          bucket: NEW,
          goal: 'Keep CI under ten minutes',
          from: 'tagged',
        },
        { ticketId: 'linear:acme/ENG-15', bucket: KTLO, goal: 'Halve incidents', from: 'via' },
      ]),
    );
    close = world.close;
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([['/acme/issue/ENG-7/issue-7', 'New capabilities — Keep CI under ten minutes']]);
    const rowOf7 = world.win.document.querySelector('a[href="/acme/issue/ENG-7/issue-7"]');
    (world.win as unknown as { showFrom(n: number): void }).showFrom(5); // rows recycled: ENG-5…
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([
        ['/acme/issue/ENG-7/issue-7', 'New capabilities — Keep CI under ten minutes'],
        ['/acme/issue/ENG-15/issue-15', 'Keep the lights on — Halve incidents'],
      ]);
    // The element that showed ENG-7 now shows ENG-11: it kept no stale mark.
    expect(rowOf7?.getAttribute('href')).toBe('/acme/issue/ENG-11/issue-11');
    expect(rowOf7?.nextElementSibling).toBeNull();
    expect(world.asked.at(-1)).toContain('linear:acme/ENG-15');
  });

  it('recolours, relabels and removes marks as the worker sends changes', async () => {
    const world = marksWorld(
      'github.com/acme/app/issues.html',
      'https://github.com/acme/app/issues',
      githubTracker,
      context([{ ticketId: 'github:github.com/acme/app#42', bucket: KTLO, from: 'tagged' }]),
    );
    close = world.close;
    await expect.poll(() => world.drawn().length).toBe(1);
    world.marks.receive([
      {
        ticketId: 'github:github.com/acme/app#42',
        bucket: NEW,
        goal: 'Guided setup',
        from: 'tagged',
      },
      { ticketId: 'github:github.com/acme/app#99', bucket: KTLO, from: 'tagged' },
    ]);
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([
        ['/acme/app/issues/42', 'New capabilities — Guided setup'],
        ['/acme/app/issues/99', 'Keep the lights on'],
      ]);
    world.marks.receive([{ ticketId: 'github:github.com/acme/app#42' }]);
    await expect.poll(() => world.drawn().map((m) => m.href)).toEqual(['/acme/app/issues/99']);
    world.stop();
    expect(world.drawn()).toEqual([]);
  });

  it('marks rows the page adds later, and forgets rows it removes', async () => {
    const world = marksWorld(
      'github.com/acme/app/issues.html',
      'https://github.com/acme/app/issues',
      githubTracker,
      context([
        { ticketId: 'github:github.com/acme/app#42', bucket: KTLO },
        { ticketId: 'github:github.com/acme/app#70', bucket: NEW, goal: 'Added later' },
      ]),
    );
    close = world.close;
    await expect.poll(() => world.drawn().length).toBe(1);
    const doc = world.win.document;
    const list = doc.querySelector('ul[aria-label="Issues"]')!;
    const row = doc.createElement('li');
    row.setAttribute('role', 'listitem');
    const link = doc.createElement('a');
    link.href = '/acme/app/issues/70';
    link.textContent = 'Added later';
    row.append(link);
    list.append(row);
    doc.querySelector('li[data-row="42"]')!.remove();
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([['/acme/app/issues/70', 'New capabilities — Added later']]);
  });
  it('reads a long list’s rows only as they come on screen', async () => {
    const billing = (n: number) => `github:github.com/acme/billing#${n}`;
    let firstRows = 10;
    /** The list's first rows are on screen (a row, or a link in one): issues 1 to `firstRows`. */
    const onScreen = (element: Element) => {
      const href = element.closest('li')?.querySelector('a')?.getAttribute('href') ?? '';
      return Number(/\/issues\/(\d+)$/.exec(href)?.[1]) <= firstRows;
    };
    const world = marksWorld(
      'github.com/acme/billing/issues.html',
      'https://github.com/acme/billing/issues?rows=300',
      githubTracker,
      context(Array.from({ length: 300 }, (_, i) => ({ ticketId: billing(i + 1), bucket: KTLO }))),
      onScreen,
    );
    close = world.close;
    const issuesRead = () =>
      [...new Set(world.parsed)].filter((href) => /\/issues\/\d+$/.test(href)).length;
    await expect.poll(() => world.drawn().length).toBe(10);
    expect(issuesRead()).toBe(10); // of 300
    firstRows = 25;
    world.scroll();
    await expect.poll(() => world.drawn().length).toBe(25);
    expect(issuesRead()).toBe(25);
    expect(world.drawn()[24]?.href).toBe('/acme/billing/issues/25');
  });
  it('counts only the rows on screen as visible, and stops watching rows the page took out', async () => {
    const billing = (n: number) => `github:github.com/acme/billing#${n}`;
    const issueOf = (element: Element) =>
      Number(/\/issues\/(\d+)$/.exec(element.querySelector('a')?.getAttribute('href') ?? '')?.[1]);
    let screenful = [1, 3];
    const world = marksWorld(
      'github.com/acme/billing/issues.html',
      'https://github.com/acme/billing/issues?rows=6',
      githubTracker,
      context(Array.from({ length: 6 }, (_, i) => ({ ticketId: billing(i + 1), bucket: KTLO }))),
      (row) => issueOf(row) >= screenful[0]! && issueOf(row) <= screenful[1]!,
    );
    close = world.close;
    await expect.poll(() => world.visible()).toEqual([billing(1), billing(2), billing(3)]);
    screenful = [4, 6];
    world.scroll();
    await expect.poll(() => world.visible()).toEqual([billing(4), billing(5), billing(6)]);
    expect(world.drawn()).toHaveLength(6); // marks drawn before stay with their rows
    expect(world.observed()).toBe(6);
    const doc = world.win.document;
    for (const n of [1, 5])
      doc.querySelector(`a[href="/acme/billing/issues/${n}"]`)!.closest('li')!.remove();
    world.scroll();
    await expect.poll(() => world.observed()).toBe(4);
    await expect.poll(() => world.visible()).toEqual([billing(4), billing(6)]);
    expect(world.drawn().map((mark) => mark.href)).not.toContain('/acme/billing/issues/5');
  });
  it('reads only what a change adds: not the whole page when the body gains a popover, nor for its own elements', async () => {
    const world = marksWorld(
      'github.com/acme/app/issues.html',
      'https://github.com/acme/app/issues',
      githubTracker,
      context([{ ticketId: 'github:github.com/acme/app#42', bucket: KTLO }]),
    );
    close = world.close;
    await expect.poll(() => world.drawn().length).toBe(1);
    const doc = world.win.document;
    world.parsed.length = 0;
    const popover = doc.createElement('div');
    const author = doc.createElement('a');
    author.href = 'https://github.com/dana';
    author.textContent = 'dana';
    popover.append(author);
    doc.body.append(popover);
    doc.documentElement.append(doc.createElement('throughline-summary'));
    await new Promise((resolve) => setTimeout(resolve, 120)); // past the marks' settling time
    expect(world.parsed).toEqual(['https://github.com/dana']);
    expect(world.drawn().length).toBe(1);
  });
});

describe('marks on a GitLab issue list', () => {
  it('marks issues, merge requests and work items with context, and none of the other links', async () => {
    const id = (ref: string) => `gitlab:gitlab.com/acme/web/app${ref}`;
    const world = marksWorld(
      'gitlab.com/acme/web/app/-/issues.html',
      'https://gitlab.com/acme/web/app/-/issues',
      gitlabTracker,
      context([
        { ticketId: id('#5'), bucket: NEW, goal: 'Retire the legacy queue', from: 'tagged' },
        {
          ticketId: id('#6'),
          bucket: KTLO,
          from: 'rule',
          source: 'By rule: Web keeps the lights on',
        },
        { ticketId: id('!17'), bucket: KTLO, from: 'via', source: 'via #6' },
        { ticketId: id('#8'), bucket: NEW, goal: 'Measure queue latency', from: 'tagged' },
      ]),
    );
    close = world.close;
    await expect
      .poll(() => world.drawn().map((m) => [m.href, m.name]))
      .toEqual([
        ['/acme/web/app/-/issues/5', 'New capabilities — Retire the legacy queue'],
        ['/acme/web/app/-/issues/6', 'Keep the lights on (By rule: Web keeps the lights on)'],
        ['/acme/web/app/-/merge_requests/17', 'Keep the lights on (via #6)'],
        ['/acme/web/app/-/work_items/8', 'New capabilities — Measure queue latency'],
      ]);
    // Every ticket on the page's own host was asked about, #7 too (it has no context: no mark);
    // the other GitLab's issue was not.
    expect(world.asked.flat().sort()).toEqual(
      [id('!17'), id('#5'), id('#6'), id('#7'), id('#8')].sort(),
    );
  });
});

describe("marks on a ticket's own page", () => {
  let close = () => undefined as void;
  afterEach(() => close());

  it('give its tabs and its script buttons (links to "") no mark, and another pull request its own (saved GitHub page)', async () => {
    const pr = 'github:github.com/octolinker/testrepo#1';
    const world = marksWorld(
      'github.com/OctoLinker/testrepo/pull/1.html',
      'https://github.com/OctoLinker/testrepo/pull/1',
      githubTracker,
      context([
        { ticketId: pr, bucket: KTLO, goal: 'Keep the repo green' },
        { ticketId: 'github:github.com/octolinker/testrepo#7', bucket: NEW },
      ]),
    );
    close = world.close;
    const doc = world.win.document;
    const tabs = [...doc.querySelectorAll('a[href]')].filter((link) =>
      /\/pull\/1\/(commits|checks|files)$/.test(link.getAttribute('href') ?? ''),
    );
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelectorAll('a[href=""]').length).toBeGreaterThan(0);
    // Another pull request linked from its page still gets its mark.
    const other = doc.createElement('a');
    other.href = '/OctoLinker/testrepo/pull/7';
    other.textContent = 'Follow-up';
    doc.querySelector('main')?.append(other);
    await expect
      .poll(() => world.drawn().map((mark) => mark.href))
      .toEqual(['/OctoLinker/testrepo/pull/7']);
    expect(world.asked.flat()).not.toContain(pr);
  });

  it('give its breadcrumb no mark (Jira issue)', async () => {
    const world = marksWorld(
      'atlassian.net/browse/PAY-42.html',
      'https://acme.atlassian.net/browse/PAY-42',
      jiraTracker,
      context([{ ticketId: 'jira:acme.atlassian.net/PAY-42', bucket: KTLO }]),
    );
    close = world.close;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(world.asked).toEqual([]);
    expect(world.drawn()).toEqual([]);
  });

  it('keep the mark of its card on a board it is opened beside', async () => {
    const world = marksWorld(
      'atlassian.net/jira/software/projects/PAY/boards/2.html',
      'https://acme.atlassian.net/jira/software/projects/PAY/boards/2?selectedIssue=PAY-42',
      jiraTracker,
      context([{ ticketId: 'jira:acme.atlassian.net/PAY-42', bucket: KTLO }]),
    );
    close = world.close;
    await expect.poll(() => world.drawn().map((mark) => mark.href)).toEqual(['/browse/PAY-42']);
  });
});
