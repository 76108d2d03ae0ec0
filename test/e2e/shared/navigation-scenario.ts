import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTicketHash } from '../../../lib/sidebar/ticket-hash';
import type { DriverPage } from '../driver/types';
import { startSharedWorld, type BrowserName, type SharedWorld } from './world';

/**
 * In-app navigation on small single-page replicas of each tracker (test/fixtures/pages/**\/_app.html):
 * the page changes its URL with history.pushState, never reloading, and the sidebar must follow.
 */
interface Tour {
  tracker: string;
  start: string;
  /** Navigates in the page's own world, as the tracker's router would. */
  toOther: string;
  toList: string;
  first: { id: string; title: string };
  other: { id: string; title: string };
}

export const TOURS: Tour[] = [
  {
    tracker: 'GitHub',
    start: 'https://github.com/acme/web/issues/7',
    toOther: "navigate('/acme/web/pull/8/files')",
    toList: "navigate('/acme/web/issues')",
    first: { id: 'github:github.com/acme/web#7', title: 'Flaky deploys on Fridays' },
    other: { id: 'github:github.com/acme/web#8', title: 'Dark mode for the settings page' },
  },
  {
    tracker: 'Jira',
    start: 'https://acme.atlassian.net/jira/software/projects/OPS/boards/3?selectedIssue=OPS-80',
    toOther: "openIssue('OPS-81')",
    toList: 'closeIssue()',
    first: {
      id: 'jira:acme.atlassian.net/OPS-80',
      title: 'Page the on-call engineer on failed backups',
    },
    other: { id: 'jira:acme.atlassian.net/OPS-81', title: 'Rotate the database credentials' },
  },
  {
    tracker: 'Linear',
    start: 'https://linear.app/acme/issue/ENG-7/cache-workspace-templates-at-the-edge',
    toOther: "navigate('/acme/issue/ENG-12/make-the-onboarding-checklist-resumable', 120)",
    toList: "navigate('/acme/team/ENG/active')",
    first: { id: 'linear:acme/ENG-7', title: 'Cache workspace templates at the edge' },
    other: { id: 'linear:acme/ENG-12', title: 'Make the onboarding checklist resumable' },
  },
  {
    tracker: 'GitLab',
    // A board with issue 1 open in the drawer: `?show=` is base64 of {"iid":"1","full_path":…}.
    start:
      'https://gitlab.com/acme/ops/-/boards/1?show=eyJpaWQiOiIxIiwiZnVsbF9wYXRoIjoiYWNtZS9vcHMiLCJpZCI6OTAwMX0%3D',
    toOther: 'openIssue(2)',
    toList: 'closeIssue()',
    first: {
      id: 'gitlab:gitlab.com/acme/ops#1',
      title: 'Page the on-call engineer when backups fail',
    },
    other: { id: 'gitlab:gitlab.com/acme/ops#2', title: 'Rotate the database credentials' },
  },
];

/** Records, in the page's world, the most sidebar hosts ever present at once. */
function countSidebarHosts(): void {
  const w = window as unknown as { sidebarHostsMax: number };
  w.sidebarHostsMax = 0;
  const count = () => {
    w.sidebarHostsMax = Math.max(
      w.sidebarHostsMax,
      document.querySelectorAll('throughline-sidebar').length,
    );
  };
  new MutationObserver(count).observe(document, { childList: true, subtree: true });
}

const hosts = (page: DriverPage) =>
  page.run<number>("document.querySelectorAll('throughline-sidebar').length");
const maxHosts = (page: DriverPage) => page.run<number>('window.sidebarHostsMax');

/** The ticket in the sidebar frame's URL hash, or undefined while there is no frame. */
async function frameTicket(page: DriverPage) {
  const url = await page.sidebarUrl();
  if (!url) return undefined;
  const { id, title } = readTicketHash(new URL(url).hash);
  return { id, title };
}

/** The token in the frame's hash: the worker issues one only for the ticket the page's URL shows. */
async function frameToken(page: DriverPage) {
  const url = await page.sidebarUrl();
  return url ? readTicketHash(new URL(url).hash).token : undefined;
}

export function navigationScenarios(browser: BrowserName): void {
  describe(`${browser}: in-app navigation moves, updates and removes the sidebar`, () => {
    let world: SharedWorld;
    beforeAll(async () => {
      world = await startSharedWorld(browser, { seed: false, sidebar: 'open' });
    });
    afterAll(async () => {
      await world?.close();
    });

    it.each(TOURS)(
      '$tracker: follows pushState to another ticket, to a list, and back',
      async (tour) => {
        const page = await world.driver.newPage(countSidebarHosts);
        const ticket = () => frameTicket(page);
        const poll = { timeout: 15_000, interval: 20 };

        await page.goto(tour.start);
        await expect.poll(ticket, { timeout: 15_000 }).toEqual(tour.first);
        // The first frame loads while the worker issues its token, which comes in its hash after.
        await expect.poll(() => frameToken(page), poll).toEqual(expect.any(String));
        const historyLength = () => page.run<number>('history.length');
        const startLength = await historyLength();

        // To another ticket: the frame moves (same host element) and learns the new title once the
        // page renders it, never the previous ticket's title.
        await page.run(tour.toOther);
        await expect.poll(async () => (await ticket())?.id, poll).toBe(tour.other.id);
        expect((await ticket())?.title).not.toBe(tour.first.title);
        await expect.poll(ticket, poll).toEqual(tour.other);
        // The worker saw the new URL when the content script asked for the new ticket's token.
        expect(await frameToken(page)).toEqual(expect.any(String));
        await page.screenshot(`navigation-${tour.tracker.toLowerCase()}-other-ticket`);

        // To a list: no ticket, no sidebar.
        await page.run(tour.toList);
        await expect.poll(() => hosts(page), poll).toBe(0);
        // Only the page's own two pushes are in the tab's history: moving the frame adds none.
        expect(await historyLength()).toBe(startLength + 2);

        // Back (history.back() from the page: Chromium's back button skips entries pushed without a
        // user gesture, which is all of them here): the sidebar returns, then moves to the first.
        await page.run('history.back()');
        await expect.poll(ticket, poll).toEqual(tour.other);
        await page.run('history.back()');
        await expect.poll(ticket, poll).toEqual(tour.first);

        expect(await hosts(page)).toBe(1);
        expect(await maxHosts(page)).toBe(1);
        expect(page.errors).toEqual([]);
        await page.close();
      },
    );

    it('GitHub: keeps one sidebar through a burst of navigations in one task', async () => {
      const page = await world.driver.newPage(countSidebarHosts);
      await page.goto('https://github.com/acme/web/issues');
      await page.run(
        "navigate('/acme/web/issues/7', 0); navigate('/acme/web/issues', 0); navigate('/acme/web/issues/9', 0)",
      );
      await expect
        .poll(() => frameTicket(page), { timeout: 15_000 })
        .toEqual({ id: 'github:github.com/acme/web#9', title: 'Retry webhooks with backoff' });
      expect(await maxHosts(page)).toBe(1);
      await page.close();
    });

    it.each(TOURS)(
      '$tracker: the summary follows too, once the sidebar is closed, never twice',
      async (tour) => {
        const page = await world.driver.newPage(countSummaryHosts);
        const summaries = () =>
          page.run<number>("document.querySelectorAll('throughline-summary').length");
        const poll = { timeout: 15_000, interval: 20 };
        await page.goto(tour.start);
        await (await page.sidebar()).click({ role: 'button', name: 'Close sidebar' });
        await expect.poll(summaries, poll).toBe(1);
        await page.run(tour.toOther);
        await expect.poll(() => page.sidebarUrl(), poll).toBeUndefined();
        await expect.poll(summaries, poll).toBe(1);
        await page.run(tour.toList);
        await expect.poll(summaries, poll).toBe(0);
        await page.run('history.back()');
        await expect.poll(summaries, poll).toBe(1);
        expect(await page.sidebarUrl()).toBeUndefined(); // closed is remembered
        expect(await page.run<number>('window.summaryHostsMax')).toBe(1);
        expect(page.errors).toEqual([]);
        // Leave the next test (and the next tracker) with the sidebar open again.
        await page.activateSummary();
        await page.sidebar();
        await page.close();
      },
    );
  });
}

/** Records, in the page's world, the most summary hosts ever present at once. */
function countSummaryHosts(): void {
  const w = window as unknown as { summaryHostsMax: number };
  w.summaryHostsMax = 0;
  new MutationObserver(() => {
    const count = document.querySelectorAll('throughline-summary').length;
    w.summaryHostsMax = Math.max(w.summaryHostsMax, count);
  }).observe(document, { childList: true, subtree: true });
}
