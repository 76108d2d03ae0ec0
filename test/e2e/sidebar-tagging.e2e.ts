import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  DEMO_SEED,
  connectThroughOptions,
  openTicket,
  screenshot,
  startWorld,
  type World,
} from './harness/world';

async function serverLink(world: World, ticketId: string) {
  const response = await fetch(`${world.api.url}/v1/sync?limit=5000`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const page = (await response.json()) as {
    changes: { id: string; data: Record<string, unknown> }[];
  };
  return page.changes.find((change) => change.id === ticketId)?.data;
}

/** Focus in the sidebar, T, type, Enter: the two-keystroke promise, plus the words to find. */
async function tagByKeyboard(
  page: Page,
  frame: Frame,
  words: string,
  expectOption: RegExp,
  pickerShot?: string,
) {
  await frame.getByRole('button', { name: /^Tag/ }).focus();
  await page.keyboard.press('t');
  await expect.poll(() => frame.getByRole('combobox').isVisible()).toBe(true);
  await page.keyboard.type(words);
  await expect
    .poll(() => frame.getByRole('option', { name: expectOption }).first().isVisible())
    .toBe(true);
  if (pickerShot) {
    await frame.getByRole('listbox').evaluate((list) => list.scrollIntoView({ block: 'end' }));
    await screenshot(page, pickerShot);
  }
  await page.keyboard.press('Enter');
}

describe('tagging from the sidebar on every tracker', () => {
  let world: World;
  let options: Page;
  beforeAll(async () => {
    world = await startWorld();
    options = await connectThroughOptions(world);
    await options.getByText('Connected to Acme').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await world?.close();
  });

  const cases = [
    {
      tracker: 'github',
      url: 'https://github.com/OctoLinker/testrepo/issues/2',
      ticketId: 'github:github.com/octolinker/testrepo#2',
      words: 'ci under ten',
      option: /Keep CI under ten minutes/,
      expected: { intentId: 'ci-under-ten-minutes' },
    },
    {
      tracker: 'jira',
      url: 'https://acme.atlassian.net/browse/PAY-42',
      ticketId: 'jira:acme.atlassian.net/PAY-42',
      words: 'quality',
      option: /Quality & reliability/,
      expected: { bucketId: 'quality' },
    },
    {
      tracker: 'linear',
      url: 'https://linear.app/acme/issue/ENG-7/cache-workspace-templates-at-the-edge',
      ticketId: 'linear:acme/ENG-7',
      words: 'guided setup',
      option: /Guided setup for new workspaces/,
      expected: { intentId: 'guided-setup' },
    },
    {
      tracker: 'gitlab',
      url: 'https://gitlab.com/acme/web/app/-/merge_requests/17',
      ticketId: 'gitlab:gitlab.com/acme/web/app!17',
      words: 'slo burn',
      option: /Alert on SLO burn, not on CPU/,
      expected: { intentId: 'slo-alerting' },
    },
  ];

  for (const { tracker, url, ticketId, words, option, expected } of cases) {
    it(`tags a ${tracker} ticket by keyboard and the tag reaches the server`, async () => {
      const { page, frame, errors } = await openTicket(world, url);
      await expect
        .poll(() => frame.getByRole('button', { name: /^Tag/ }).isVisible(), { timeout: 15_000 })
        .toBe(true);
      await tagByKeyboard(page, frame, words, option, `${tracker}-picker`);
      await expect.poll(() => frame.getByText(/^Tagged to/).isVisible()).toBe(true);
      await expect
        .poll(() => serverLink(world, ticketId), { timeout: 15_000 })
        .toMatchObject({ ...expected, linkedBy: 'admin' });
      await screenshot(page, `${tracker}-sidebar-tagged`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('tags from a 3,000-character Jira board URL with a query pasted in one go and Enter', async () => {
    const board = 'https://acme.atlassian.net/jira/software/projects/OPS/boards/3';
    const start = `${board}?selectedIssue=OPS-80&jql=`;
    const url = start + 'project%20%3D%20OPS%20'.repeat(200).slice(0, 3000 - start.length);
    expect(url).toHaveLength(3000);
    const { page, frame, errors } = await openTicket(world, url);
    await expect
      .poll(() => frame.getByRole('button', { name: /^Tag/ }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await frame.getByRole('button', { name: /^Tag/ }).click();
    await expect.poll(() => frame.getByRole('combobox').isVisible()).toBe(true);
    // One input event with the whole query, then Enter at once, before any result is shown.
    await page.keyboard.insertText('guided setup');
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.getByText(/^Tagged to Guided setup/).isVisible()).toBe(true);
    await expect
      .poll(() => serverLink(world, 'jira:acme.atlassian.net/OPS-80'), { timeout: 15_000 })
      .toMatchObject({ intentId: 'guided-setup', url: board, linkedBy: 'admin' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a change made on the server in an open sidebar after sync, without reload', async () => {
    const { page, frame } = await openTicket(
      world,
      'https://github.com/OctoLinker/testrepo/pull/1',
    );
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    const renamed = readFileSync(DEMO_SEED, 'utf8').replace(
      'Guided setup for new workspaces',
      'Guided setup, now with templates',
    );
    const imported = await fetch(`${world.api.url}/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/yaml' },
      body: renamed,
    });
    expect(imported.status).toBe(200);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => frame.getByText('Guided setup, now with templates').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.close();
  });
});
