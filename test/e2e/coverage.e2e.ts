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

/**
 * Coverage in real Chromium against the demo seed's rules and links (DESIGN.md "A ticket's
 * context"): context via the ticket a title names, by rule, a tag that overrides and whose removal
 * brings the rule back, and "No intent fits…" with its note reaching the server.
 */

describe('where a ticket’s context comes from, in the sidebar', () => {
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

  it('shows a pull request whose title names PAY-42 what PAY-42 serves, "via PAY-42"', async () => {
    const { page, frame, errors } = await openTicket(world, 'https://github.com/acme/app/pull/44');
    await expect
      .poll(() => frame.getByText('via PAY-42').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await frame.getByText('Smart retries for failed card payments').isVisible()).toBe(true);
    await screenshot(page, 'coverage-github-via-jira');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a Linear ticket caught by a rule, lets a tag override it, and brings it back', async () => {
    const url = 'https://linear.app/acme/issue/OPS-12/renew-the-payment-gateway-certificates';
    const { page, frame, errors } = await openTicket(world, url);
    const byRule = frame.getByText('By rule: The Linear OPS team keeps the lights on');
    await expect.poll(() => byRule.isVisible(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, 'coverage-linear-by-rule');

    await frame.getByRole('button', { name: /^Tag/ }).click();
    await page.keyboard.type('guided setup');
    const option = frame.getByRole('option', { name: /Guided setup for new workspaces/ }).first();
    await expect.poll(() => option.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.getByText(/^Tagged by admin/).isVisible()).toBe(true);
    expect(await byRule.count()).toBe(0);
    expect(
      await frame.getByText('The Linear OPS team keeps the lights on', { exact: true }).isVisible(),
    ).toBe(true);

    await frame.getByRole('button', { name: 'Remove tag' }).click();
    await expect.poll(() => byRule.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends "No intent fits…" with its note to the server', async () => {
    const { page, frame, errors } = await openTicket(
      world,
      'https://linear.app/acme/issue/ENG-13/show-sync-status-in-the-sidebar',
    );
    await frame.getByRole('button', { name: /^Tag/ }).click({ timeout: 15_000 });
    await frame.getByRole('option', { name: /^No intent fits…/ }).click();
    await frame.getByLabel('Why does no intent fit? (optional)').fill('Support asked for it');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => frame.getByRole('region', { name: 'No intent fits' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => serverLink(world, 'linear:acme/ENG-13'), { timeout: 15_000 })
      .toMatchObject({ noFit: true, note: 'Support asked for it', linkedBy: 'admin' });
    await screenshot(page, 'coverage-no-intent-fits');
    expect(errors).toEqual([]);
    await page.close();
  });
});
