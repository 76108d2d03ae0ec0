import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startConnectedWorld, type World } from './harness/world';

const GOAL = 'Raise week-1 activation to 45%';

/**
 * The popup opened as a page (as Chromium shows it from the toolbar, at its size). Opened as a tab,
 * its "current tab" is itself, so the This-tab section is covered by component tests instead.
 */
async function openPopup(world: World): Promise<{ page: Page; errors: string[] }> {
  const page = await world.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(world.browser.extensionUrl('popup.html'));
  return { page, errors };
}

describe('popup: quick lookup in Chromium', () => {
  let world: World;
  beforeAll(async () => {
    world = await startConnectedWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('opens with the search box focused, Needs attention and Sync now', async () => {
    const { page, errors } = await openPopup(world);
    const search = page.getByRole('combobox');
    await expect.poll(() => search.evaluate((box) => box === document.activeElement)).toBe(true);
    await expect
      .poll(() => page.getByRole('region', { name: 'Needs attention' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: new RegExp(GOAL) }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Sync now' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/^Synced /).isVisible()).toBe(true);
    await screenshot(page, 'popup-home');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps every key typed the moment it opens: the search box is focused by its load', async () => {
    const { page, errors } = await openPopup(world);
    await page.keyboard.type('activation');
    expect(await page.getByRole('combobox').inputValue()).toBe('activation');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows Your recent tickets (none opened in this profile) and the no-fit ticket with its note', async () => {
    const { page, errors } = await openPopup(world);
    const recent = page.getByRole('region', { name: 'Your recent tickets' });
    await expect
      .poll(() => recent.getByText(/The list stays in this browser/).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    const noFit = page.getByRole('region', { name: 'No intent fits' });
    await expect.poll(() => noFit.getByText('ENG-9').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await noFit.getByText(/^Vendor contract ends in January/).isVisible()).toBe(true);
    await noFit.scrollIntoViewIfNeeded();
    await screenshot(page, 'popup-recent-and-no-fit');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the activation goal by a partial, misspelt word and opens it with Enter', async () => {
    const { page, errors } = await openPopup(world);
    await page.getByRole('combobox').focus();
    await page.keyboard.type('activaton', { delay: 30 });
    const goal = page.getByRole('option', { name: new RegExp(`^${GOAL}`) });
    await expect.poll(() => goal.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await goal.getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'popup-search');

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: GOAL }).isVisible(), { timeout: 5_000 })
      .toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Guided setup for new workspaces' }).isVisible())
      .toBe(true);
    await screenshot(page, 'popup-goal');

    await page.keyboard.press('Escape');
    await expect.poll(() => goal.isVisible()).toBe(true);
    expect(await page.getByRole('combobox').inputValue()).toBe('activaton');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an intent with its goal, mission and linked tickets', async () => {
    const { page, errors } = await openPopup(world);
    await page.getByRole('combobox').fill('guided setp');
    const intent = page.getByRole('option', { name: /^Guided setup for new workspaces/ });
    await expect.poll(() => intent.isVisible(), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Enter');
    const detail = page.getByRole('region', { name: 'Guided setup for new workspaces' });
    await expect.poll(() => detail.isVisible()).toBe(true);
    await expect
      .poll(() => detail.getByRole('button', { name: /octolinker\/testrepo#2/ }).isVisible())
      .toBe(true);
    expect(await detail.getByRole('button', { name: GOAL }).isVisible()).toBe(true);
    await screenshot(page, 'popup-intent');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a ticket typed by its key in a new tab', async () => {
    const { page, errors } = await openPopup(world);
    await page.getByRole('combobox').fill('PAY-42');
    const ticket = page.getByRole('option', { name: /^PAY-42 / });
    await expect.poll(() => ticket.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ticket.getAttribute('aria-selected')).toBe('true');
    const opened = world.browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    const tab = await opened;
    await expect
      .poll(() => tab.url(), { timeout: 15_000 })
      .toBe('https://acme.atlassian.net/browse/PAY-42');
    expect(errors).toEqual([]);
    await tab.close();
    await page.close();
  });

  it('finds the goal and a ticket by key in a popup opened after the worker was stopped', async () => {
    // Earlier tests had the worker index everything (and save its copy of the entities).
    const { page, errors } = await openPopup(world);
    await page.getByRole('combobox').fill('activation');
    const goal = page.getByRole('option', { name: new RegExp(`^${GOAL}`) });
    await expect.poll(() => goal.isVisible(), { timeout: 15_000 }).toBe(true);
    await page.close();
    // What Chromium does to an idle extension worker after 30 s.
    const blank = await world.browser.context.newPage();
    const cdp = await world.browser.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    const again = await openPopup(world);
    await again.page.getByRole('combobox').fill('activation');
    const found = again.page.getByRole('option', { name: new RegExp(`^${GOAL}`) });
    await expect.poll(() => found.isVisible(), { timeout: 15_000 }).toBe(true);
    await again.page.getByRole('combobox').fill('PAY-42');
    const ticket = again.page.getByRole('option', { name: /^PAY-42 / });
    await expect.poll(() => ticket.isVisible(), { timeout: 15_000 }).toBe(true);
    expect([...errors, ...again.errors]).toEqual([]);
    await Promise.all([again.page.close(), blank.close()]);
  });
});
