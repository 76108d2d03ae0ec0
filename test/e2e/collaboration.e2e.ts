import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  DEMO_SEED,
  openTicket,
  screenshot,
  startConnectedWorld,
  type World,
} from './harness/world';

const PAY_42 = 'https://acme.atlassian.net/browse/PAY-42';
const ENG_7 = 'https://linear.app/acme/issue/ENG-7/cache-workspace-templates-at-the-edge';
const DEPLOY_GOAL = 'Deploy to production ten times a day';

const alsoOnIntent = (frame: Frame) => frame.getByRole('region', { name: /^Also on this intent/ });

/** Focus in the sidebar, T, type, Enter: the two-keystroke promise, plus the words to find. */
async function tagByKeyboard(page: Page, frame: Frame, words: string, expectOption: RegExp) {
  await frame.getByRole('button', { name: /^Tag/ }).focus();
  await page.keyboard.press('t');
  await expect.poll(() => frame.getByRole('combobox').isVisible()).toBe(true);
  await page.keyboard.type(words);
  await expect
    .poll(() => frame.getByRole('option', { name: expectOption }).first().isVisible())
    .toBe(true);
  await page.keyboard.press('Enter');
}

/** The popup as a page at its own size (as popup.e2e.ts opens it). */
async function openPopup(world: World): Promise<{ page: Page; errors: string[] }> {
  const page = await world.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(world.browser.extensionUrl('popup.html'));
  return { page, errors };
}

describe('collaboration and risk in Chromium', () => {
  let world: World;
  beforeAll(async () => {
    world = await startConnectedWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('shows a ticket tagged on another tracker in the open sidebar of the first, without reload', async () => {
    const pay = await openTicket(world, PAY_42);
    await expect
      .poll(() => alsoOnIntent(pay.frame).getByText('OPS-80').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await alsoOnIntent(pay.frame).getByText('ENG-7').count()).toBe(0);
    expect(await pay.frame.getByRole('region', { name: 'Goal off track' }).isVisible()).toBe(true);
    await screenshot(pay.page, 'collaboration-pay-42-before');
    // Set in the frame's document: still there afterwards means neither page nor frame reloaded.
    await pay.frame.evaluate(() => document.documentElement.setAttribute('data-e2e-mark', '1'));

    const eng = await openTicket(world, ENG_7);
    await expect
      .poll(() => eng.frame.getByRole('button', { name: /^Tag/ }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await tagByKeyboard(eng.page, eng.frame, 'smart retries', /Smart retries for failed card/);
    await expect.poll(() => eng.frame.getByText(/^Tagged to/).isVisible()).toBe(true);
    await expect
      .poll(() => alsoOnIntent(eng.frame).getByText('PAY-42').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await alsoOnIntent(eng.frame).getByText('OPS-80').isVisible()).toBe(true);
    await alsoOnIntent(eng.frame).scrollIntoViewIfNeeded();
    await screenshot(eng.page, 'collaboration-eng-7-tagged');

    await expect
      .poll(() => alsoOnIntent(pay.frame).getByText('ENG-7').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(
      await pay.frame.evaluate(() => document.documentElement.getAttribute('data-e2e-mark')),
    ).toBe('1');
    const link = alsoOnIntent(pay.frame).getByRole('link', { name: /ENG-7/ });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/linear\.app\/acme\/issue\/ENG-7/);
    expect(
      await alsoOnIntent(pay.frame).getByRole('group', { name: 'Linear: 1' }).isVisible(),
    ).toBe(true);
    await pay.page.bringToFront();
    await alsoOnIntent(pay.frame).scrollIntoViewIfNeeded();
    await screenshot(pay.page, 'collaboration-pay-42-live');
    expect([...pay.errors, ...eng.errors]).toEqual([]);
    await Promise.all([pay.page.close(), eng.page.close()]);
  });

  it('lists a goal the server marks off track under Needs attention after sync', async () => {
    const popup = await openPopup(world);
    const attention = popup.page.getByRole('region', { name: 'Needs attention' });
    await expect
      .poll(() => attention.getByRole('button', { name: /Lift payment success/ }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await attention.getByRole('button', { name: new RegExp(DEPLOY_GOAL) }).count()).toBe(0);

    const seed = readFileSync(DEMO_SEED, 'utf8');
    const offTrack = seed.replace(
      'timeframe: 2026-H2\n        status: on_track',
      'timeframe: 2026-H2\n        status: off_track',
    );
    expect(offTrack).not.toBe(seed);
    const imported = await fetch(`${world.api.url}/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/yaml' },
      body: offTrack,
    });
    expect(imported.status).toBe(200);
    await popup.page.getByRole('button', { name: 'Sync now' }).click();

    const goal = attention.getByRole('button', { name: new RegExp(DEPLOY_GOAL) });
    await expect.poll(() => goal.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await goal.textContent()).toBe(`Off track${DEPLOY_GOAL}`);
    await screenshot(popup.page, 'collaboration-popup-needs-attention');

    await goal.click();
    await expect
      .poll(() => popup.page.getByRole('heading', { name: DEPLOY_GOAL }).isVisible())
      .toBe(true);
    const tickets = popup.page.getByRole('region', { name: /^Linked tickets/ });
    await expect
      .poll(() => tickets.getByRole('group', { name: 'GitHub: 1' }).isVisible(), {
        timeout: 5_000,
      })
      .toBe(true);
    expect(await tickets.getByText('acme/app#57').isVisible()).toBe(true);
    await screenshot(popup.page, 'collaboration-popup-goal-tickets');
    expect(popup.errors).toEqual([]);
    await popup.page.close();
  });
});
