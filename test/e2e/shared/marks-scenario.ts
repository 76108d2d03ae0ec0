import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverPage } from '../driver/types';
import { connect, startSharedWorld, type BrowserName, type SharedWorld } from './world';

const POLL = { timeout: 20_000, interval: 100 };

/**
 * Which link each mark follows, in the page's order. Marks live in closed shadow roots; their
 * accessible names are checked in Chromium (../marks.e2e.ts), where the accessibility tree reaches
 * them. Their hosts are in the page, beside their links, in every browser.
 */
function markedLinks(page: DriverPage): Promise<(string | null)[]> {
  return page.run(
    `[...document.querySelectorAll('throughline-mark')].map((mark) => mark.previousElementSibling?.getAttribute('href') ?? null)`,
  );
}

/** Marks on lists, in every browser: the same content script, IntersectionObservers and all. */
export function marksScenarios(browser: BrowserName): void {
  describe(`${browser}: marks on lists`, () => {
    let world: SharedWorld;
    beforeAll(async () => {
      world = await startSharedWorld(browser);
      await (await connect(world)).close();
    });
    afterAll(async () => {
      await world?.close();
    });

    it('marks each row whose ticket has context, once, beside its first link to the ticket', async () => {
      const page = await world.driver.newPage();
      await page.goto('https://github.com/acme/app/issues');
      // Rows #42, #57, #61 (and the pull request #64 it links), billing#7; #99 has no context,
      // and labels, authors, commits and settings are no tickets.
      await expect
        .poll(() => markedLinks(page), POLL)
        .toEqual([
          '/acme/app/issues/42',
          '/acme/app/issues/57',
          '/acme/app/issues/61',
          '/acme/app/pull/64',
          '/acme/billing/issues/7',
        ]);
      await page.screenshot('marks-list');
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('marks a 5,000-row list only near the screen, and the rows scrolled to as they come', async () => {
      const page = await world.driver.newPage();
      await page.goto('https://github.com/acme/billing/issues?rows=5000');
      await expect.poll(async () => (await markedLinks(page)).length, POLL).toBeGreaterThan(0);
      const first = await markedLinks(page);
      expect(first).toContain('/acme/billing/issues/1');
      expect(first.length).toBeLessThan(100); // of 5,000 rows
      await page.run('window.scrollTo(0, document.documentElement.scrollHeight)');
      await expect.poll(() => markedLinks(page), POLL).toContain('/acme/billing/issues/5000');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
