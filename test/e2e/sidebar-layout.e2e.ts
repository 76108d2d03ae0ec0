import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectThroughOptions,
  openTicket,
  screenshot,
  startWorld,
  type World,
} from './harness/world';

const hostWidth = (page: Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('throughline-sidebar');
    return hosts.length === 1 ? getComputedStyle(hosts[0]!).width : `${hosts.length} hosts`;
  });

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
];

describe('the sidebar docked, collapsed and remembered', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
    const options = await connectThroughOptions(world);
    await options.getByText('Connected to Acme').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('opens beside the page on every tracker, collapses to a launcher that shows the goal, and remembers it', async () => {
    for (const { tracker, url, goal } of TICKETS) {
      const { page, frame, errors } = await openTicket(world, url);
      await expect
        .poll(() => frame.getByRole('list', { name: 'Why this ticket matters' }).isVisible(), {
          timeout: 15_000,
        })
        .toBe(true);
      expect(await hostWidth(page)).toBe('360px');
      // The page is narrowed so the panel sits beside it, not over its controls.
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).marginRight),
      ).toBe('360px');
      await screenshot(page, `${tracker}-sidebar-open`);

      await frame.getByRole('button', { name: 'Collapse sidebar' }).click();
      await expect.poll(() => hostWidth(page)).toBe('40px');
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).marginRight),
      ).toBe('0px');
      if (goal)
        await expect
          .poll(() => frame.getByRole('button', { name: `Open Throughline: ${goal}` }).isVisible())
          .toBe(true);
      await screenshot(page, `${tracker}-sidebar-collapsed`);

      // Another page starts collapsed: the choice is remembered.
      const next = await openTicket(world, url);
      await expect.poll(() => hostWidth(next.page)).toBe('40px');
      await next.frame.getByRole('button', { name: /^Open Throughline/ }).click();
      await expect.poll(() => hostWidth(next.page)).toBe('360px');
      await expect.poll(() => hostWidth(page)).toBe('360px');
      expect([...errors, ...next.errors]).toEqual([]);
      await Promise.all([page.close(), next.page.close()]);
    }
  });

  it('toggles from the keyboard command through the worker', async () => {
    const { page, frame } = await openTicket(world, TICKETS[0]!.url);
    await expect
      .poll(() => frame.getByRole('button', { name: 'Collapse sidebar' }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.bringToFront();
    // What the worker does on the command (toggleCollapsed in lib/sidebar/collapsed-state.ts; the
    // shortcut itself is browser UI Playwright cannot press): flip the stored state, no tab asked.
    await world.browser.worker.evaluate(async () => {
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
      const key = 'throughline.sidebar.v1';
      const stored = (await chrome.storage.local.get(key))[key] as
        { collapsed?: boolean } | undefined;
      await chrome.storage.local.set({ [key]: { collapsed: stored?.collapsed !== true } });
    });
    await expect.poll(() => hostWidth(page)).toBe('40px');
    await page.close();
  });
});
