import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSES_ITS_FRAME, sidebarFrame } from './harness/browser';
import { luminanceOf } from '../../lib/mount/host-theme';
import {
  backgroundLuminanceInAccessibilityTree,
  centreInAccessibilityTree,
  clickInAccessibilityTree,
  findInAccessibilityTree,
} from './harness/closed-shadow';
import {
  ADMIN_TOKEN,
  DEMO_SEED,
  screenshot,
  SIDEBAR_OPEN_KEY,
  startConnectedWorld,
  type World,
} from './harness/world';

// Summary first, sidebar on demand (DESIGN.md "Ticket summary"), in real Chromium: where the
// summary sits on each tracker, opening and closing the sidebar, and the remembered choice.

const TICKETS = [
  {
    tracker: 'github',
    url: 'https://github.com/OctoLinker/testrepo/issues/2',
    goal: 'Raise week-1 activation to 45%',
  },
  {
    tracker: 'jira',
    url: 'https://acme.atlassian.net/browse/PAY-42',
    goal: 'Lift payment success rate to 98.5%',
  },
  {
    tracker: 'linear',
    url: 'https://linear.app/acme/issue/ENG-7/cache-workspace-templates-at-the-edge',
    goal: undefined,
  },
  {
    tracker: 'gitlab',
    url: 'https://gitlab.com/acme/web/app/-/issues/5',
    goal: undefined,
  },
];

const POLL = { timeout: 15_000, interval: 100 };
const summaryName = async (page: Page) =>
  (await findInAccessibilityTree(page, 'button', 'Throughline'))?.name;
const sidebarHosts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('throughline-sidebar').length);
const pageMargin = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).marginRight);

/**
 * What lies under the summary, in the page: every element at its corners and centre, and whether
 * any of them is (or is inside) one of the tracker's controls.
 */
const controlsUnderSummary = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('throughline-summary')!;
    const box = host.getBoundingClientRect();
    const inset = 2;
    const points = [
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    ] as const;
    const control = 'a[href], button, input, select, textarea, [role="button"], [tabindex]';
    return points.flatMap(([x, y]) =>
      document
        .elementsFromPoint(x, y)
        .filter((element) => element !== host && element.closest(control))
        .map((element) => `${element.localName}: ${element.textContent?.slice(0, 60) ?? ''}`),
    );
  });

async function openPage(world: World, url: string) {
  const page = await world.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Nothing of ours (a script of the extension's origin: the content script) may ever reach the
  // host page's console as an error either. The saved pages' own failed loads are theirs.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://'))
      errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

describe('summary first, sidebar on demand', () => {
  let world: World;
  beforeAll(async () => {
    world = await startConnectedWorld({ sidebar: 'summary' });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('draws the summary on every tracker in a corner clear of its controls, with no frame', async () => {
    for (const { tracker, url, goal } of TICKETS) {
      const { page, errors } = await openPage(world, url);
      await expect.poll(() => summaryName(page), POLL).toMatch(/^Throughline: /);
      if (goal) await expect.poll(() => summaryName(page), POLL).toContain(goal);
      expect(await sidebarHosts(page)).toBe(0);
      expect(await pageMargin(page)).toBe('0px'); // the page is not narrowed
      expect(
        await page.evaluate(
          () => getComputedStyle(document.querySelector('throughline-summary')!).position,
        ),
      ).toBe('fixed'); // so nothing in the page moves around it
      expect(await controlsUnderSummary(page)).toEqual([]);
      await screenshot(page, `${tracker}-summary-placement`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('opens the sidebar docked beside the page on a click, and closing it brings the summary back', async () => {
    const { page, errors } = await openPage(world, TICKETS[1]!.url);
    await expect.poll(() => summaryName(page), POLL).toContain(TICKETS[1]!.goal!);
    await clickInAccessibilityTree(page, 'button', 'Throughline');
    const frame = await sidebarFrame(page, world.browser.extensionId);
    await frame.getByRole('list', { name: 'Why this ticket matters' }).waitFor();
    expect(await summaryName(page)).toBeUndefined();
    // Beside the page, not over its controls (once the frame has loaded: sidebar-frame.ts).
    await expect.poll(() => pageMargin(page), POLL).toBe('360px');
    await screenshot(page, 'jira-sidebar-open');

    await frame.getByRole('button', { name: 'Close sidebar' }).click(CLOSES_ITS_FRAME);
    await expect.poll(() => sidebarHosts(page), POLL).toBe(0);
    expect(await pageMargin(page)).toBe('0px');
    await expect.poll(() => summaryName(page), POLL).toContain(TICKETS[1]!.goal!);
    // The keyboard focus was in the sidebar: it comes back to the summary, not to the page's start.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe(
      'throughline-summary',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens nothing for a press on the summary released elsewhere (the sidebar it began to load goes)', async () => {
    const { page, errors } = await openPage(world, TICKETS[1]!.url);
    await expect.poll(() => summaryName(page), POLL).toContain(TICKETS[1]!.goal!);
    const centre = await centreInAccessibilityTree(page, 'button', 'Throughline');
    expect(centre).toBeDefined();
    await page.mouse.move(centre!.x, centre!.y);
    await page.mouse.down();
    await expect.poll(() => sidebarHosts(page), POLL).toBe(1); // loading, unseen
    await page.mouse.move(10, 10);
    await page.mouse.up();
    await expect.poll(() => sidebarHosts(page), POLL).toBe(0);
    expect(await pageMargin(page)).toBe('0px');
    expect(await summaryName(page)).toContain(TICKETS[1]!.goal!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens from the keyboard: Enter on the summary', async () => {
    const { page } = await openPage(world, TICKETS[0]!.url);
    await expect.poll(() => summaryName(page), POLL).toContain(TICKETS[0]!.goal!);
    // The summary is the last thing in the page: Shift+Tab from the start reaches it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe(
      'throughline-summary',
    );
    await page.keyboard.press('Enter');
    await sidebarFrame(page, world.browser.extensionId);
    expect(await sidebarHosts(page)).toBe(1);
    await (
      await sidebarFrame(page, world.browser.extensionId)
    )
      .getByRole('button', { name: 'Close sidebar' })
      .click(CLOSES_ITS_FRAME);
    await expect.poll(() => sidebarHosts(page), POLL).toBe(0);
    await page.close();
  });

  it('follows the keyboard command (Alt+Shift+T) in every open tab, through the worker', async () => {
    const first = await openPage(world, TICKETS[0]!.url);
    const second = await openPage(world, TICKETS[1]!.url);
    await expect.poll(() => summaryName(second.page), POLL).toMatch(/^Throughline/);
    // What the worker does on the command (toggleSidebarOpen in lib/sidebar/open-state.ts; the
    // shortcut itself is browser UI Playwright cannot press): flip the stored choice, no tab asked.
    const toggle = () =>
      world.browser.worker.evaluate(async (key) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            storage: {
              local: {
                get(key: string): Promise<Record<string, unknown>>;
                set(items: object): Promise<void>;
              };
            };
          };
        };
        const stored = (await chrome.storage.local.get(key))[key] as { open?: boolean } | undefined;
        await chrome.storage.local.set({ [key]: { open: stored?.open !== true } });
      }, SIDEBAR_OPEN_KEY);
    await toggle();
    for (const { page } of [first, second])
      await expect.poll(() => sidebarHosts(page), POLL).toBe(1);
    // A page opened now gets the sidebar by itself: the choice is remembered.
    const third = await openPage(world, TICKETS[2]!.url);
    await sidebarFrame(third.page, world.browser.extensionId);
    await toggle();
    for (const { page } of [first, second, third]) {
      await expect.poll(() => sidebarHosts(page), POLL).toBe(0);
      await expect.poll(() => summaryName(page), POLL).toMatch(/^Throughline/);
    }
    expect([...first.errors, ...second.errors, ...third.errors]).toEqual([]);
    await Promise.all([first.page.close(), second.page.close(), third.page.close()]);
  });

  it('keeps an open summary current after the worker was stopped, and draws new ones when it wakes', async () => {
    const open = await openPage(world, TICKETS[1]!.url);
    await expect.poll(() => summaryName(open.page), POLL).toContain('98.5%');
    // What Chromium does to an idle extension worker after 30 s.
    const cdp = await world.browser.context.newCDPSession(open.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // A page opened now wakes the worker with its question and gets its summary.
    const fresh = await openPage(world, TICKETS[0]!.url);
    await expect.poll(() => summaryName(fresh.page), POLL).toContain(TICKETS[0]!.goal!);

    // A change on the server reaches the page opened before the worker stopped.
    const renamed = readFileSync(DEMO_SEED, 'utf8').replace(
      'Lift payment success rate to 98.5%',
      'Lift payment success rate to 99%',
    );
    const imported = await fetch(`${world.api.url}/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/yaml' },
      body: renamed,
    });
    expect(imported.status).toBe(200);
    const options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => summaryName(open.page), POLL)
      .toContain('Lift payment success rate to 99%');
    expect([...open.errors, ...fresh.errors]).toEqual([]);
    await Promise.all([open.page.close(), fresh.page.close(), options.close()]);
  });

  it('follows a dark tracker page: the summary and the sidebar are drawn dark', async () => {
    // GitLab's dark mode, with issue 5 open in the board's drawer (`show` as GitLab writes it).
    const show = encodeURIComponent(btoa(JSON.stringify({ iid: '5', full_path: 'acme/web/app' })));
    const { page, errors } = await openPage(
      world,
      `https://gitlab.com/acme/web/app/-/boards/4?show=${show}`,
    );
    await expect.poll(() => summaryName(page), POLL).toMatch(/^Throughline: Quality/);
    const button = await findInAccessibilityTree(page, 'button', 'Throughline');
    expect(await backgroundLuminanceInAccessibilityTree(page, button!.backendNodeId)).toBeLessThan(
      0.1,
    );
    await screenshot(page, 'gitlab-dark-summary');

    await clickInAccessibilityTree(page, 'button', 'Throughline');
    const frame = await sidebarFrame(page, world.browser.extensionId);
    await frame.getByRole('list', { name: 'Why this ticket matters' }).waitFor();
    const sidebar = await frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(sidebar.theme).toBe('dark');
    expect(luminanceOf(sidebar.background)).toBeLessThan(0.1);
    await screenshot(page, 'gitlab-dark-sidebar');
    await frame.getByRole('button', { name: 'Close sidebar' }).click(CLOSES_ITS_FRAME);
    expect(errors).toEqual([]);
    await page.close();
  });
});
