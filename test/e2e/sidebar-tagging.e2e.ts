import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectThroughOptions,
  openTicket,
  screenshot,
  startWorld,
  type World,
} from './harness/world';
import { serverLink } from './shared/world';

// Tagging each tracker's ticket by keyboard is a shared scenario, run in Chromium and Firefox
// (shared/tickets-scenario.ts); these are the tagging paths only Chromium runs.
describe('tagging from the sidebar: long page URLs, pasted queries, the picker', () => {
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

  it('shows the picker with the options for the words typed', async () => {
    const { page, frame } = await openTicket(
      world,
      'https://github.com/OctoLinker/testrepo/issues/2',
    );
    await frame.getByRole('button', { name: /^Tag/ }).click({ timeout: 15_000 });
    await page.keyboard.type('ci under ten');
    const option = frame.getByRole('option', { name: /Keep CI under ten minutes/ }).first();
    await expect.poll(() => option.isVisible()).toBe(true);
    await frame.getByRole('listbox').evaluate((list) => list.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'github-picker');
    await page.keyboard.press('Escape');
    await page.close();
  });

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
      // The frame sends the ticket's URL built from its id (never the page's: a frame cannot
      // vouch for the page it sits in), so even this page's tag carries a short, valid URL.
      .toMatchObject({
        intentId: 'guided-setup',
        url: 'https://acme.atlassian.net/browse/OPS-80',
        linkedBy: 'admin',
      });
    expect(errors).toEqual([]);
    await page.close();
  });
});
