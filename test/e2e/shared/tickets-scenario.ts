import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverPage, Scope } from '../driver/types';
import { TICKETS } from './tickets';
import { connect, serverRow, startSharedWorld, type BrowserName, type SharedWorld } from './world';

/** Focus in the sidebar, T, type, Enter: the two-keystroke promise, plus the words to find. */
async function tagByKeyboard(page: DriverPage, sidebar: Scope, words: string, option: string) {
  await sidebar.focus({ role: 'button', name: 'Tag', prefix: true });
  await page.press('t');
  await sidebar.waitFor({ role: 'combobox' });
  await page.type(words);
  await sidebar.waitFor({ role: 'option', name: option, prefix: true });
  await page.press('Enter');
}

const POLL = { timeout: 15_000, interval: 100 };

/**
 * Checks the summary's accessible name once it settles, where the browser's automation can read it
 * (see DriverPage.summary: Chromium; Firefox cannot look into a closed shadow root).
 */
async function expectName(page: DriverPage, check: (name: string) => void): Promise<void> {
  if ((await page.summary())?.name === undefined) return;
  await expect
    .poll(async () => {
      try {
        check((await page.summary())?.name ?? '');
        return true;
      } catch {
        return false;
      }
    }, POLL)
    .toBe(true);
  check((await page.summary())?.name ?? '');
}

/** A browser profile set up differently from the default, e.g. with strict privacy settings. */
export interface Profile {
  name: string;
  firefoxPrefs: Record<string, string | number | boolean>;
}

/** Connect through the options page, then the sidebar on every tracker's ticket, then tag each. */
export function ticketScenarios(browser: BrowserName, profile?: Profile): void {
  const title = `${browser}${profile ? ` (${profile.name})` : ''}`;
  describe(`${title}: connect, see the why on every tracker, tag by keyboard`, () => {
    let world: SharedWorld;
    beforeAll(async () => {
      world = await startSharedWorld(browser, { firefoxPrefs: profile?.firefoxPrefs });
    });
    afterAll(async () => {
      await world?.close();
    });

    it('shows a fresh profile the summary only; opening it invites to connect', async () => {
      const page = await world.driver.newPage();
      await page.goto(TICKETS[0]!.url);
      await expect.poll(() => page.summary(), POLL).toBeDefined();
      await expectName(page, (name) => expect(name).toBe('Throughline: Not linked'));
      expect(await page.sidebarUrl()).toBeUndefined(); // no frame until someone asks for it
      await page.screenshot('summary-fresh-profile');
      await page.activateSummary();
      const sidebar = await page.sidebar();
      await sidebar.waitFor({ role: 'button', name: 'Open settings' });
      expect(await page.summary()).toBeUndefined(); // the sidebar replaces the summary
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('connects through the options page and shows the workspace', async () => {
      const options = await connect(world);
      await options.screenshot('options-connected');
      await options.close();
    });

    for (const ticket of TICKETS) {
      it(`shows mission, goal, intent and bucket on a ${ticket.tracker} ticket`, async () => {
        const page = await world.driver.newPage();
        await page.goto(ticket.url);
        const sidebar = await page.sidebar();
        await sidebar.waitFor({ role: 'list', name: 'Why this ticket matters' });
        for (const text of ticket.shows) await sidebar.waitFor({ text });
        await page.screenshot(`${ticket.tracker.toLowerCase()}-sidebar`);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }

    it('closing the sidebar brings back the summary, with the bucket and goal; both are remembered', async () => {
      const ticket = TICKETS[0]!;
      const expected = ticket.summary!;
      const page = await world.driver.newPage();
      await page.goto(ticket.url);
      const sidebar = await page.sidebar(); // opens by itself: it was opened once
      await sidebar.click({ role: 'button', name: 'Close sidebar' });
      await expect.poll(() => page.summary(), POLL).toBeDefined();
      await expectName(page, (name) => {
        expect(name).toMatch(/^Throughline/);
        expect(name).toContain(expected.bucket);
        expect(name).toContain(expected.goal);
      });
      expect(await page.sidebarUrl()).toBeUndefined();
      await page.screenshot(`${ticket.tracker.toLowerCase()}-summary`);
      // Closed is remembered too: the next page shows the summary only.
      await page.reload();
      await expect.poll(() => page.summary(), POLL).toBeDefined();
      await expectName(page, (name) => expect(name).toContain(expected.goal));
      expect(await page.sidebarUrl()).toBeUndefined();
      await page.activateSummary();
      await (await page.sidebar()).waitFor({ role: 'list', name: 'Why this ticket matters' });
      expect(page.errors).toEqual([]);
      await page.close();
    });

    for (const ticket of TICKETS) {
      it(`tags a ${ticket.tracker} ticket by keyboard and the tag reaches the server`, async () => {
        const page = await world.driver.newPage();
        await page.goto(ticket.url);
        const sidebar = await page.sidebar();
        await tagByKeyboard(page, sidebar, ticket.tag.words, ticket.tag.option);
        await sidebar.waitFor({ text: 'Tagged to' });
        await expect
          .poll(async () => (await serverRow(world, ticket.ticketId))?.data, { timeout: 15_000 })
          .toMatchObject({ ...ticket.tag.expected, linkedBy: 'admin' });
        await page.screenshot(`${ticket.tracker.toLowerCase()}-sidebar-tagged`);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }
  });
}
