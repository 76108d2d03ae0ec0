import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from './tickets-scenario';
import { connect, serverRow, startSharedWorld, type BrowserName, type SharedWorld } from './world';

const PULL_REQUEST = 'https://github.com/OctoLinker/testrepo/pull/1';
const TICKET = 'github:github.com/octolinker/testrepo#1';

/** What the sidebar's tag picker sends (the picker itself is proven in the tagging scenario). */
function sendTag(ticketId: string): Promise<unknown> {
  const api = globalThis as unknown as {
    browser?: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  };
  return (api.browser ?? api.chrome).runtime.sendMessage({
    throughline: 1,
    name: 'link.set',
    payload: { ticketId, bucketId: 'tech-debt' },
  });
}

function syncNowEnabled(label: string): boolean {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
  return button !== undefined && !button.disabled;
}

export function offlineScenarios(browser: BrowserName, profile?: Profile): void {
  const title = `${browser}${profile ? ` (${profile.name})` : ''}`;
  describe(`${title}: a tag made while the context API is down`, () => {
    let world: SharedWorld;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'throughline-e2e-data-'));
      world = await startSharedWorld(browser, {
        dataDir,
        sidebar: 'open',
        firefoxPrefs: profile?.firefoxPrefs,
      });
    });
    afterAll(async () => {
      await world?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('is kept locally, shown as pending, and reaches the server exactly once when it is back', async () => {
      const options = await connect(world);
      const page = await world.driver.newPage();
      await page.goto(PULL_REQUEST);
      const sidebar = await page.sidebar();
      await sidebar.waitFor({ text: 'Guided setup for new workspaces' });

      await world.api.close();
      expect(await sidebar.evaluate(sendTag, TICKET)).toEqual({ ok: true });
      await sidebar.waitFor({ text: 'reaches the context API on the next sync' });
      await sidebar.waitFor({ text: 'Tech debt' });
      await sidebar.waitFor({ role: 'alert', name: "Can't reach the context API" });
      await page.screenshot('github-pr-tag-pending-offline');

      await world.restartApi();
      await options.click({ role: 'button', name: 'Sync now' });
      await expect
        .poll(() => sidebar.isVisible({ text: 'reaches the context API on the next sync' }), {
          timeout: 15_000,
        })
        .toBe(false);
      const arrived = await serverRow(world, TICKET);
      expect(arrived?.data).toMatchObject({ bucketId: 'tech-debt', linkedBy: 'admin' });

      // Syncing again sends nothing more: the link keeps the version the one delivery gave it.
      await options.click({ role: 'button', name: 'Sync now' });
      await expect.poll(() => options.evaluate(syncNowEnabled, 'Sync now')).toBe(true);
      expect((await serverRow(world, TICKET))?.version).toBe(arrived?.version);
      await sidebar.waitFor({ text: 'Tech debt' });
      expect(page.errors).toEqual([]);
    });
  });
}
